import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import {
  buildPackage,
  fillPlaceholders,
  findPlaceholders,
  loadEnvFile,
  parseEnvArg,
  type AppManifest,
} from '../../../manifest/build-manifest';
import {
  schemaPath,
  schemaUrl,
  validateLocalization,
  validateManifest,
  validateWithSchema,
} from '../../../manifest/schema';
import { parseCommand } from '../../../bot/src/teams/commands';

interface Command {
  title: string;
  description?: string;
}
interface CommandList {
  scopes: string[];
  commands: Command[];
}
interface Bot {
  botId: string;
  scopes: string[];
  supportsFiles: boolean;
  isNotificationOnly: boolean;
  commandLists: CommandList[];
}

// The bot's command menus per scope (at most ten each); stöd only in the personal chat.
const PERSONAL_COMMANDS = [
  'hjälp',
  'rapportera',
  'vad har jag kvar',
  'mina aktiviteter',
  'nästa möte',
  'möten',
  'vilka har inte rapporterat',
  'nytt möte',
  'påminn nu',
  'stöd',
];
const TEAM_COMMANDS = [
  'hjälp',
  'rapportera',
  'nästa möte',
  'sammanställning',
  'vilka har inte rapporterat',
  'möten',
  'nytt möte',
  'påminn nu',
];
const GROUP_CHAT_COMMANDS = [
  'hjälp',
  'rapportera',
  'vad har jag kvar',
  'nästa möte',
  'sammanställning',
  'vilka har inte rapporterat',
  'möten',
];

/** Newest "v1.N" schema folder shipped in @microsoft/app-manifest. */
function newestShippedVersion(): string {
  const teamsDir = dirname(dirname(schemaPath('1.19', 'manifest')));
  const versions = readdirSync(teamsDir)
    .map((name) => /^v1\.(\d+)$/.exec(name)?.[1])
    .filter((minor): minor is string => minor !== undefined)
    .map(Number);
  return `1.${Math.max(...versions)}`;
}

function readPng(data: Buffer): PNG {
  return PNG.sync.read(data);
}

describe('Teams app package (local)', () => {
  let outDir: string;
  let zip: JSZip;
  let manifest: AppManifest;
  let localization: Record<string, unknown>;
  let zipText: Map<string, string>;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'samordna-manifest-'));
    const result = await buildPackage('local', { outDir });
    zip = await JSZip.loadAsync(readFileSync(result.zipPath));
    zipText = new Map();
    for (const name of ['manifest.json', 'en.json']) {
      const file = zip.file(name);
      if (!file) throw new Error(`${name} missing from package`);
      zipText.set(name, await file.async('string'));
    }
    manifest = JSON.parse(zipText.get('manifest.json') ?? '') as AppManifest;
    localization = JSON.parse(zipText.get('en.json') ?? '') as Record<string, unknown>;
  });

  afterAll(() => {
    rmSync(outDir, { recursive: true, force: true });
  });

  const png = async (name: string): Promise<PNG> => {
    const file = zip.file(name);
    if (!file) throw new Error(`${name} missing from package`);
    return readPng(await file.async('nodebuffer'));
  };
  const bot = (): Bot => (manifest['bots'] as Bot[])[0] as Bot;
  const listFor = (scope: string): CommandList | undefined =>
    bot().commandLists.find((list) => list.scopes.includes(scope));

  it('writes the previewed manifest next to the zip, identical to the packaged one', () => {
    const preview = JSON.parse(
      readFileSync(join(outDir, 'manifest.local.json'), 'utf8'),
    ) as unknown;
    expect(preview).toEqual(manifest);
  });

  it('contains exactly manifest.json, the two icons and the localization file', () => {
    const names = Object.values(zip.files)
      .filter((entry) => !entry.dir)
      .map((entry) => entry.name)
      .sort();
    expect(names).toEqual(['color.png', 'en.json', 'manifest.json', 'outline.png']);
  });

  it('uses the newest manifest schema shipped in @microsoft/app-manifest (at least 1.19)', () => {
    const newest = newestShippedVersion();
    expect(manifest.manifestVersion).toBe(newest);
    expect(Number(newest.split('.')[1])).toBeGreaterThanOrEqual(19);
    expect(manifest['$schema']).toBe(schemaUrl(newest, 'manifest'));
    expect(localization['$schema']).toBe(schemaUrl(newest, 'localization'));
  });

  it('validates against the official manifest schema', () => {
    expect(validateManifest(manifest)).toEqual([]);
  });

  it('validates the English localization against the official localization schema', () => {
    expect(validateLocalization(localization, manifest.manifestVersion)).toEqual([]);
  });

  it('has a schema check that rejects broken manifests and localizations', () => {
    const broken = { ...manifest, id: 'not-a-guid', accentColor: 'blue' };
    const errors = validateManifest(broken);
    expect(errors.join('\n')).toMatch(/\/id/);
    expect(errors.join('\n')).toMatch(/\/accentColor/);
    const ownSchema = schemaPath(manifest.manifestVersion, 'manifest');
    expect(
      validateWithSchema(ownSchema, { ...manifest, manifestVersion: '1.29' }).join('\n'),
    ).toMatch(/\/manifestVersion/);
    const { ['name.short']: _dropped, ...withoutName } = localization;
    expect(validateLocalization(withoutName, manifest.manifestVersion).length).toBeGreaterThan(0);
    const unknownKey = { ...localization, 'developer.name': 'x' };
    expect(validateLocalization(unknownKey, manifest.manifestVersion).length).toBeGreaterThan(0);
    expect(validateWithSchema(ownSchema, {})).not.toEqual([]);
  });

  it('leaves no ${{…}} placeholder in any packaged text file', () => {
    for (const [name, text] of zipText) {
      expect({ name, placeholders: findPlaceholders(text) }).toEqual({ name, placeholders: [] });
      expect(text).not.toContain('${{');
    }
  });

  it('is Swedish by default with an English translation', () => {
    expect(manifest.localizationInfo).toEqual({
      defaultLanguageTag: 'sv-se',
      additionalLanguages: [{ languageTag: 'en', file: 'en.json' }],
    });
    expect(manifest['name']).toEqual({
      short: 'Samordna (lokal)',
      full: 'Samordna – Fri från våld (lokal)',
    });
    expect(manifest['developer']).toMatchObject({ name: 'Malmö stad' });
    expect(localization['name.short']).toBe('Samordna (lokal)');
  });

  it('translates every command and the static tab name', () => {
    const english = bot().commandLists.map((list, l) =>
      list.commands.map((_command, c) => {
        const key = `bots[0].commandLists[${l}].commands[${c}]`;
        expect(String(localization[`${key}.description`] ?? '')).not.toBe('');
        return localization[`${key}.title`];
      }),
    );
    expect(english[0]).toEqual([
      'help',
      'report',
      "what's left",
      'my activities',
      'next meeting',
      'meetings',
      "who hasn't reported",
      'new meeting',
      'remind now',
      'support',
    ]);
    expect(english.map((list) => list.length)).toEqual(
      bot().commandLists.map((list) => list.commands.length),
    );
    const tabs = manifest['staticTabs'] as Array<{ entityId: string; name?: string }>;
    expect(tabs[0]).toMatchObject({ entityId: 'oversikt', name: 'Översikt' });
    expect(localization['staticTabs[0].name']).toBe('Overview');
  });

  it('declares a conversational bot with the Swedish commands per scope', () => {
    expect(bot()).toMatchObject({
      botId: '00000000-0000-0000-0000-000000000001',
      supportsFiles: false,
      isNotificationOnly: false,
    });
    expect([...bot().scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot().commandLists).toHaveLength(3);
    expect(listFor('personal')?.scopes).toEqual(['personal']);
    expect(listFor('personal')?.commands.map((c) => c.title)).toEqual(PERSONAL_COMMANDS);
    expect(listFor('team')?.scopes).toEqual(['team']);
    expect(listFor('team')?.commands.map((c) => c.title)).toEqual(TEAM_COMMANDS);
    expect(listFor('groupChat')?.scopes).toEqual(['groupChat']);
    expect(listFor('groupChat')?.commands.map((c) => c.title)).toEqual(GROUP_CHAT_COMMANDS);
    expect(listFor('team')?.commands.map((c) => c.title)).not.toContain('stöd');
    expect(listFor('groupChat')?.commands.map((c) => c.title)).not.toContain('stöd');
    for (const list of bot().commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const command of list.commands) {
        expect(command.title.length).toBeLessThanOrEqual(32);
        expect(command.description?.length).toBeGreaterThan(0);
        expect(command.description?.length).toBeLessThanOrEqual(128);
      }
    }
  });

  it('has a command menu whose every entry, Swedish or English, is an exact command', () => {
    bot().commandLists.forEach((list, l) =>
      list.commands.forEach((command, c) => {
        const english = String(localization[`bots[0].commandLists[${l}].commands[${c}].title`]);
        for (const title of [command.title, english]) {
          expect([title, parseCommand(title)?.id === undefined]).toEqual([title, false]);
        }
      }),
    );
  });

  it('has the personal Översikt tab and a configurable tab for channels, chats and meetings', () => {
    const tabs = manifest['staticTabs'] as Array<Record<string, unknown>>;
    expect(tabs[0]).toMatchObject({
      contentUrl: 'https://localhost:3978/tab/?view=oversikt&context=personal',
      scopes: ['personal'],
    });
    expect(manifest['configurableTabs']).toEqual([
      expect.objectContaining({
        configurationUrl: 'https://localhost:3978/tab/config',
        canUpdateConfiguration: true,
        scopes: ['team', 'groupChat'],
        context: [
          'channelTab',
          'privateChatTab',
          'meetingChatTab',
          'meetingDetailsTab',
          'meetingSidePanel',
          'meetingStage',
        ],
      }),
    ]);
  });

  it('declares SSO, permissions and the meeting stage RSC permissions', () => {
    expect(manifest['webApplicationInfo']).toEqual({
      id: '00000000-0000-0000-0000-000000000002',
      resource: 'api://localhost:3978/00000000-0000-0000-0000-000000000002',
    });
    expect(manifest['permissions']).toEqual(['identity', 'messageTeamMembers']);
    expect(manifest['authorization']).toEqual({
      permissions: {
        resourceSpecific: [
          { name: 'MeetingStage.Write.Chat', type: 'Delegated' },
          { name: 'ChannelMeetingStage.Write.Group', type: 'Delegated' },
        ],
      },
    });
  });

  it('lists the host of every URL in the manifest in validDomains', () => {
    const domains = manifest['validDomains'] as string[];
    const urls = (zipText.get('manifest.json') ?? '').match(/"https:\/\/[^"]+"/g) ?? [];
    const hosts = urls
      .map((quoted) => new URL(JSON.parse(quoted) as string))
      .filter((url) => url.hostname !== 'developer.microsoft.com')
      .map((url) => url.host);
    expect(hosts.length).toBeGreaterThan(0);
    for (const host of hosts) expect(domains).toContain(host);
    for (const domain of domains) expect(domain).not.toMatch(/^https?:|\//);
  });

  it('has a 192×192 colour icon and a 32×32 outline icon', async () => {
    const color = await png('color.png');
    const outline = await png('outline.png');
    expect([color.width, color.height]).toEqual([192, 192]);
    expect([outline.width, outline.height]).toEqual([32, 32]);
  });

  it('has an outline icon that is only white and fully transparent pixels', async () => {
    const outline = await png('outline.png');
    let white = 0;
    const offenders: string[] = [];
    for (let i = 0; i < outline.data.length; i += 4) {
      const [r, g, b, a] = [0, 1, 2, 3].map((c) => outline.data[i + c] ?? -1) as [
        number,
        number,
        number,
        number,
      ];
      if (a === 0) continue;
      if (r === 255 && g === 255 && b === 255) white++;
      else offenders.push(`pixel ${i / 4}: rgba(${r},${g},${b},${a})`);
    }
    expect(offenders.slice(0, 5)).toEqual([]);
    expect(white).toBeGreaterThan(50); // the mark is actually drawn
    const corner = [0, 1, 2, 3].map((c) => outline.data[c]);
    expect(corner[3]).toBe(0); // background is transparent
  });

  it('has an opaque, coloured 192×192 icon', async () => {
    const color = await png('color.png');
    const [r, g, b, a] = [0, 1, 2, 3].map((c) => color.data[c]);
    expect(a).toBe(255);
    expect(
      `#${[r, g, b].map((v) => (v ?? 0).toString(16).padStart(2, '0')).join('')}`.toUpperCase(),
    ).toBe(manifest['accentColor']);
  });
});

describe.each(['dev', 'prod'] as const)('Teams app package template (%s)', (env) => {
  it('builds and validates with the committed placeholder values', async () => {
    const outDir = mkdtempSync(join(tmpdir(), `samordna-manifest-${env}-`));
    try {
      const { manifest, zipPath } = await buildPackage(env, { outDir });
      expect(validateManifest(manifest)).toEqual([]);
      expect(JSON.stringify(manifest)).not.toContain('${{');
      const zip = await JSZip.loadAsync(readFileSync(zipPath));
      for (const name of ['manifest.json', 'en.json']) {
        const text = (await zip.file(name)?.async('string')) ?? '';
        expect({ name, placeholders: findPlaceholders(text) }).toEqual({ name, placeholders: [] });
      }
      const sizes = await Promise.all(
        ['color.png', 'outline.png'].map(async (name) => {
          const png = readPng((await zip.file(name)?.async('nodebuffer')) ?? Buffer.alloc(0));
          return [png.width, png.height];
        }),
      );
      expect(sizes).toEqual([
        [192, 192],
        [32, 32],
      ]);
      const vars = loadEnvFile(join(__dirname, `../../../infra/env/.env.${env}`));
      expect(manifest['webApplicationInfo']).toEqual({
        id: vars['AAD_APP_CLIENT_ID'],
        resource: vars['AAD_APP_ID_URI'],
      });
      expect(vars['AAD_APP_ID_URI']).toBe(
        `api://${vars['BOT_DOMAIN']}/${vars['AAD_APP_CLIENT_ID']}`,
      );
      expect(manifest['validDomains']).toEqual([vars['BOT_DOMAIN']]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});

describe('fillPlaceholders', () => {
  it('replaces placeholders and accepts empty values', () => {
    expect(fillPlaceholders('a ${{X}} b${{ Y }}c', { X: '1', Y: '' })).toBe('a 1 bc');
  });

  it('throws naming every missing variable', () => {
    expect(() =>
      fillPlaceholders('${{BOT_ID}} ${{TEAMS_APP_ID}} ${{BOT_ID}}', { TEAMS_APP_ID: 'x' }),
    ).toThrow(/BOT_ID/);
    expect(() => fillPlaceholders('${{A_ONE}}/${{B_TWO}}', {})).toThrow(/A_ONE, B_TWO/);
  });

  it('applies the encoder to values only', () => {
    expect(
      fillPlaceholders('"${{V}}"', { V: 'say "hej"' }, (v) => JSON.stringify(v).slice(1, -1)),
    ).toBe('"say \\"hej\\""');
  });

  it('fails the build when the env file lacks a variable', async () => {
    const envDir = mkdtempSync(join(tmpdir(), 'samordna-env-'));
    try {
      const local = readFileSync(join(__dirname, '../../../infra/env/.env.local'), 'utf8');
      writeFileSync(join(envDir, '.env.local'), local.replace(/^BOT_ID=.*$/m, ''));
      await expect(buildPackage('local', { envDir, outDir: envDir })).rejects.toThrow(/BOT_ID/);
    } finally {
      rmSync(envDir, { recursive: true, force: true });
    }
  });
});

describe('loadEnvFile', () => {
  it('parses KEY=VALUE lines with comments, quotes and empty values', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samordna-env-'));
    try {
      const path = join(dir, '.env.test');
      writeFileSync(
        path,
        [
          '# comment',
          '',
          'A=1',
          'B = two words ',
          'C=" (lokal)"',
          "D='x#y'",
          'E=',
          'F=val # note',
        ].join('\n'),
      );
      expect(loadEnvFile(path)).toEqual({
        A: '1',
        B: 'two words',
        C: ' (lokal)',
        D: 'x#y',
        E: '',
        F: 'val',
      });
      writeFileSync(path, 'not a pair\n');
      expect(() => loadEnvFile(path)).toThrow(/:1: expected KEY=VALUE/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseEnvArg', () => {
  it('defaults to local and accepts --env x and --env=x', () => {
    expect(parseEnvArg([])).toBe('local');
    expect(parseEnvArg(['--env', 'dev'])).toBe('dev');
    expect(parseEnvArg(['--env=prod'])).toBe('prod');
    expect(() => parseEnvArg(['--env', 'staging'])).toThrow(/local, dev, prod/);
  });
});
