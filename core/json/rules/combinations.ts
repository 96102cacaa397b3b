import { report } from '../../diagnostics/catalogue';
import { ignoredEndpoint, ignoredProductid, jsonFix, jsonPhrase, skipIfPresentWithUpdate, updateWithCustomurl } from '../../rules/json';
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
    ctx.findings.push(report(updateWithCustomurl.message.pair(), spanOf(scenarioNode), {
      related: [{ span: spanOf(sourceNode), message: jsonPhrase.sourceCustomUrlHere() }],
    }));
  }
  const skip = ctx.byKey.get('SkipIfPresent');
  if (scenario === 'Update' && skip?.valueNode && booleanAt(ctx, 'SkipIfPresent') === true) {
    ctx.findings.push(report(skipIfPresentWithUpdate.message.withUpdate(), spanOf(skip.valueNode), {
      fixes: [{ title: jsonFix.remove({ name: 'SkipIfPresent' }), edits: [deleteMember(skip.property, ctx.text)], safeForFixAll: true }],
    }));
  }
  const productId = ctx.byKey.get('ProductId');
  if (source === 'CustomURL' && productId) {
    ctx.findings.push(report(ignoredProductid.message.ignored(), spanOf(productId.keyNode), {
      fixes: [{ title: jsonFix.remove({ name: 'ProductId' }), edits: [deleteMember(productId.property, ctx.text)], safeForFixAll: true }],
    }));
  }
  const endpoint = ctx.byKey.get('Endpoint');
  if (source === 'Store' && endpoint) {
    ctx.findings.push(report(ignoredEndpoint.message.ignored(), spanOf(endpoint.keyNode), {
      fixes: [{ title: jsonFix.remove({ name: 'Endpoint' }), edits: [deleteMember(endpoint.property, ctx.text)], safeForFixAll: true }],
    }));
  }
}
