import { report } from '../../diagnostics/catalogue';
import { booleanAt, stringAt, type RuleContext } from '../context';
import { deleteMember, spanOf } from '../edits';

/** Registration-file rules across keys that the sources imply but Microsoft's module does not check. */
export function checkCombinations(ctx: RuleContext): void {
  if (ctx.form !== 'registration') return;
  const source = stringAt(ctx, 'Source');
  const scenario = stringAt(ctx, 'Scenario');
  const scenarioNode = ctx.byKey.get('Scenario')?.valueNode;
  const sourceNode = ctx.byKey.get('Source')?.valueNode;
  // A warning: no sentence of the documentation forbids the pair, and AO accepts it (psm1 96-109).
  if (scenario === 'Update' && source === 'CustomURL' && scenarioNode && sourceNode) {
    ctx.findings.push(report('update-with-customurl', spanOf(scenarioNode), 'Microsoft\'s validator accepts Scenario Update with Source CustomURL, but the documentation does not say Windows supports an update from a custom URL: prefer Acquisition or StubAcquisition, or Source Store.', {
      related: [{ span: spanOf(sourceNode), message: 'Source is CustomURL here' }],
    }));
  }
  const skip = ctx.byKey.get('SkipIfPresent');
  if (scenario === 'Update' && skip?.valueNode && booleanAt(ctx, 'SkipIfPresent') === true) {
    ctx.findings.push(report('skip-if-present-with-update', spanOf(skip.valueNode), 'SkipIfPresent only matters for Acquisition scenarios; with Scenario Update it does nothing. Remove it.', {
      fixes: [{ title: 'Remove SkipIfPresent', edits: [deleteMember(skip.property, ctx.text)], safeForFixAll: true }],
    }));
  }
  const productId = ctx.byKey.get('ProductId');
  if (source === 'CustomURL' && productId) {
    ctx.findings.push(report('ignored-productid', spanOf(productId.keyNode), 'ProductId is ignored when Source is CustomURL (only Store reads it). Remove it.', {
      fixes: [{ title: 'Remove ProductId', edits: [deleteMember(productId.property, ctx.text)], safeForFixAll: true }],
    }));
  }
  const endpoint = ctx.byKey.get('Endpoint');
  if (source === 'Store' && endpoint) {
    ctx.findings.push(report('ignored-endpoint', spanOf(endpoint.keyNode), 'Endpoint is ignored when Source is Store (only CustomURL reads it). Remove it.', {
      fixes: [{ title: 'Remove Endpoint', edits: [deleteMember(endpoint.property, ctx.text)], safeForFixAll: true }],
    }));
  }
}
