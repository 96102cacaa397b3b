// The simulator's worked example (domain.md §3) as files of both forms: Contoso_App in a .reg
// (registry form) and Fabrikam_Tool as a registration file (priority 15).
export const KEY = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\WindowsUpdate\\Orchestrator\\UScheduler_OOBE';

/** A registry-form registration `name` with a payload for `pfn`, escaped as regedit writes it. */
export function registryRegistration(name: string, pfn: string, priority: number): string {
  const payload = JSON.stringify({ PFN: pfn, Endpoint: 'https://contoso.example/app.msixbundle', MaxRetryCount: 1 }).replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return [
    'Windows Registry Editor Version 5.00',
    '',
    `[${KEY}\\${name}]`,
    `"updaterPriority"=dword:${priority.toString(16).padStart(8, '0')}`,
    `"expeditedPayload"="${payload}"`,
    '',
  ].join('\r\n');
}

export const contosoReg = (priority = 5) => registryRegistration('Contoso_App', 'Contoso.App_8wekyb3d8bbwe', priority);

export const fabrikamRegistration = JSON.stringify(
  {
    PFN: 'Fabrikam.Tool_8wekyb3d8bbwe',
    OEMName: 'Fabrikam',
    UpdaterName: 'Tool',
    RegistrationVersion: 1,
    Source: 'Store',
    ProductId: '9NBLGGH4NNS1',
    Scenario: 'Acquisition',
    Priority: 15,
  },
  null,
  2,
);
