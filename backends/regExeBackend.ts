// What the Windows and the Wine backends share: reg.exe for the registry, the host file system for %ProgramData%.
import { readFile } from 'node:fs/promises';
import { HostProgramData } from './programData';
import type { ProcessResult } from './process';
import { processMessage, processOutput } from './process';
import { regArgs } from './regCommands';
import { decodeExport } from './regText';
import { utf16leWithBom, withPrivateTemp } from './tempFiles';
import type { Backend, DirEntry, FaultOptions, ProgramDataPath, TargetKind, WriteOp } from './types';
import { BackendError } from './types';
import { backendError } from './texts';

export interface RegExeConfig {
  kind: TargetKind;
  label: string;
  /** How the command is shown: `['wine', 'reg']`, `['C:\\Windows\\System32\\reg.exe']`. */
  program: readonly string[];
  /** Runs reg.exe with these arguments (argument array, no shell). */
  runReg(args: readonly string[], signal?: AbortSignal): Promise<ProcessResult>;
  /** A host path as reg.exe on the target sees it (Wine: `Z:\tmp\...`). */
  targetPath(hostPath: string): string;
  programDataRoot: string;
  /** %ProgramData% as the target names it, for messages. */
  programDataDisplay: string;
  faults?: FaultOptions;
}

const MISSING_KEY = /unable to find/i;

/** Placeholder shown for the private temp file an import reads (its real name changes per run). */
export const TEMP_REG_FILE = '<private temp>\\import.reg';

export function describeWriteOp(program: readonly string[], programData: string, op: WriteOp): string[] {
  const where = (path: ProgramDataPath) => [programData, ...path].join('\\');
  switch (op.op) {
    case 'delete-key':
      return [...program, ...regArgs.deleteKey(op.key)];
    case 'copy-key':
      return [...program, ...regArgs.copy(op.from, op.to)];
    case 'import':
    case 'import-export':
      return [...program, 'import', TEMP_REG_FILE, '/reg:64'];
    case 'mkdir':
      return ['mkdir', where(op.path)];
    case 'write-file':
      return ['write-file', where(op.path), `${op.bytes.length} bytes`];
    case 'remove-dir':
      return ['remove-folder', where(op.path)];
  }
}

export class RegExeBackend implements Backend {
  readonly kind: TargetKind;
  readonly label: string;
  readonly dryRun = false;
  protected readonly files: HostProgramData;
  private writes = 0;

  constructor(protected readonly config: RegExeConfig) {
    this.kind = config.kind;
    this.label = config.label;
    this.files = new HostProgramData(config.programDataRoot);
  }

  describePath(path: ProgramDataPath): string {
    return [this.config.programDataDisplay, ...path].join('\\');
  }

  describe(op: WriteOp): string[] {
    return describeWriteOp(this.config.program, this.config.programDataDisplay, op);
  }

  async queryKey(key: string): Promise<string[] | undefined> {
    const result = await this.config.runReg(regArgs.query(key));
    if (result.code !== 0) {
      if (MISSING_KEY.test(processOutput(result))) return undefined;
      throw new BackendError(backendError.queryFailed({ key, error: processMessage(result) }));
    }
    return result.stdout.replace(/\r/g, '').split('\n');
  }

  async exportKey(key: string): Promise<string | undefined> {
    return withPrivateTemp(async (temp) => {
      const file = temp.path('export.reg');
      const result = await this.config.runReg(regArgs.export(key, this.config.targetPath(file)));
      if (result.code !== 0) {
        if (MISSING_KEY.test(processOutput(result))) return undefined;
        throw new BackendError(backendError.exportFailed({ key, error: processMessage(result) }));
      }
      return decodeExport(new Uint8Array(await readFile(file)));
    });
  }

  listDir(path: ProgramDataPath): Promise<DirEntry[] | undefined> {
    return this.files.listDir(path);
  }

  readFile(path: ProgramDataPath): Promise<Uint8Array | undefined> {
    return this.files.readFile(path);
  }

  async write(op: WriteOp, signal?: AbortSignal): Promise<void> {
    this.writes++;
    if (this.config.faults?.failWrite === this.writes) {
      throw new BackendError(backendError.injectedAt({ count: this.writes, operation: this.describe(op).join(' ') }));
    }
    await this.perform(op, signal);
    if (this.config.faults?.failAfterWrite === this.writes) {
      throw new BackendError(backendError.injectedAfter({ count: this.writes, operation: this.describe(op).join(' ') }));
    }
  }

  protected async perform(op: WriteOp, signal?: AbortSignal): Promise<void> {
    switch (op.op) {
      case 'delete-key':
        return this.checked(`reg delete ${op.key}`, await this.config.runReg(regArgs.deleteKey(op.key), signal));
      case 'copy-key':
        return this.checked(`reg copy ${op.from}`, await this.config.runReg(regArgs.copy(op.from, op.to), signal));
      case 'import':
      case 'import-export':
        return this.importText(op.regText, signal);
      case 'mkdir':
        return this.files.mkdir(op.path);
      case 'write-file':
        return this.files.writeFile(op.path, op.bytes);
      case 'remove-dir':
        return this.files.removeDir(op.path);
    }
  }

  protected importText(regText: string, signal?: AbortSignal): Promise<void> {
    return withPrivateTemp(async (temp) => {
      const file = await temp.write('import.reg', utf16leWithBom(regText));
      this.checked('reg import', await this.config.runReg(regArgs.import(this.config.targetPath(file)), signal));
    });
  }

  protected checked(what: string, result: ProcessResult): void {
    if (result.code !== 0) throw new BackendError(backendError.commandFailed({ command: what, error: processMessage(result) }));
  }
}
