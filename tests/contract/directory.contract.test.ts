/**
 * One contract for every DirectoryPort adapter: the local directory (demo users) and the Graph
 * directory on the Graph fake (`GET /users?$search`, User.ReadBasic.All). The same people, the
 * same questions, the same answers: word-prefix matching like Entra ID's tokenized search.
 * Then what only the Graph adapter meets: the advanced-query header, a missing permission,
 * throttling.
 */
import type { DirectoryUser } from '../../bot/src/domain/people/people-types';
import {
  DirectoryAccessError,
  type DirectoryPort,
} from '../../bot/src/domain/ports/directory.port';
import { GraphDirectory } from '../../bot/src/store/directory/graph-directory';
import { LocalDirectory } from '../../bot/src/store/directory/local-directory';
import { GraphFake, WRITER, type GraphFakeClient } from '../fakes/graph-fake';
import { fakeHttp } from '../helpers/sharepoint';

const person = (id: string, displayName: string): DirectoryUser => {
  const mail = `${id}@malmo.example`;
  return { id, displayName, mail, userPrincipalName: mail };
};

const PEOPLE: readonly DirectoryUser[] = [
  person('u1', 'Sara Lind'),
  person('u2', 'Åsa Lind-Persson'),
  person('u3', 'Ann MacDonald'),
  person('u4', 'Omar Haddad'),
  person('u5', 'Sara Ek'),
  person('u6', 'Team2 Samordning'),
  person('u7', 'Zara Öberg'),
  person('u8', 'Sarah Al-Sayed'),
];

const READER: GraphFakeClient = { ...WRITER, permissions: ['User.ReadBasic.All'] };

let fake: GraphFake;

beforeAll(async () => {
  fake = await GraphFake.start({ clients: [READER, { ...WRITER, clientId: 'no-users' }] });
  fake.users.setUsers(PEOPLE.map((p) => ({ ...p, jobTitle: 'Samordnare' })));
});

afterAll(async () => {
  await fake.close();
});

const adapters: [string, () => DirectoryPort][] = [
  ['LocalDirectory', () => new LocalDirectory(PEOPLE)],
  ['GraphDirectory (Graph fake)', () => new GraphDirectory(fakeHttp(fake, READER))],
];

const names = async (directory: DirectoryPort, query: string, limit = 10): Promise<string[]> =>
  (await directory.search(query, limit)).map((u) => u.displayName);

describe.each(adapters)('DirectoryPort contract: %s', (_name, open) => {
  let directory: DirectoryPort;
  beforeEach(() => {
    directory = open();
  });

  it('finds people by the beginning of any word of their name, in Swedish name order', async () => {
    expect(await names(directory, 'sa')).toEqual([
      'Sara Ek',
      'Sara Lind',
      'Sarah Al-Sayed',
      'Team2 Samordning',
    ]);
    expect(await names(directory, 'lind')).toEqual(['Sara Lind', 'Åsa Lind-Persson']);
    expect(await names(directory, 'Persson')).toEqual(['Åsa Lind-Persson']);
    expect(await names(directory, 'ÅSA')).toEqual(['Åsa Lind-Persson']);
  });

  it('matches every word of the query, in any order; never inside a word', async () => {
    expect(await names(directory, 'lind sa')).toEqual(['Sara Lind']);
    expect(await names(directory, 'ara')).toEqual([]);
    expect(await names(directory, 'sara öberg')).toEqual([]);
  });

  it('splits at case changes, digits and symbols like Entra ID', async () => {
    expect(await names(directory, 'donald')).toEqual(['Ann MacDonald']);
    expect(await names(directory, 'lindpers')).toEqual(['Åsa Lind-Persson']);
    expect(await names(directory, 'sayed')).toEqual(['Sarah Al-Sayed']);
    expect(await names(directory, '2')).toEqual([]);
    expect(await names(directory, 'team 2')).toEqual(['Team2 Samordning']);
  });

  it('gives at most `limit`, nothing for a one-letter query, and copes with quotes', async () => {
    expect(await names(directory, 'sa', 2)).toHaveLength(2);
    expect(await names(directory, 's')).toEqual([]);
    expect(await names(directory, '   ')).toEqual([]);
    expect(await names(directory, 'Sa"ra')).toEqual([]);
    expect(await names(directory, 'sara\\')).toEqual(['Sara Ek', 'Sara Lind', 'Sarah Al-Sayed']);
  });

  it('returns the basic profile only', async () => {
    const [sara] = await directory.search('sara lind', 10);
    expect(sara).toEqual(person('u1', 'Sara Lind'));
  });
});

describe('GraphDirectory against Graph semantics', () => {
  it('sends ConsistencyLevel: eventual (else Graph answers 400)', async () => {
    fake.users.consistencyLevels.length = 0;
    await new GraphDirectory(fakeHttp(fake, READER)).search('omar', 5);
    expect(fake.users.consistencyLevels).toEqual(['eventual']);
    const http = fakeHttp(fake, READER);
    await expect(
      http.get('/users?$search=%22displayName:omar%22&$select=id,displayName'),
    ).rejects.toMatchObject({ status: 400, code: 'Request_UnsupportedQuery' });
  });

  it('reports a missing User.ReadBasic.All as a permission failure, with no user data', async () => {
    const directory = new GraphDirectory(fakeHttp(fake, { ...WRITER, clientId: 'no-users' }));
    const error: unknown = await directory.search('sara', 5).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DirectoryAccessError);
    expect((error as DirectoryAccessError).reason).toBe('permission');
  });

  it('waits out a 429 (Retry-After) and answers; throttled past the retries it is unavailable', async () => {
    const directory = new GraphDirectory(
      fakeHttp(fake, READER, { maxAttempts: 3, maxTotalMs: 5000, baseDelayMs: 10 }),
    );
    fake.users.throttle(1, 1);
    const started = Date.now();
    expect((await directory.search('omar', 5)).map((u) => u.id)).toEqual(['u4']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    fake.users.throttle(5, 0);
    const error: unknown = await directory.search('omar', 5).catch((e: unknown) => e);
    expect((error as DirectoryAccessError).reason).toBe('unavailable');
    fake.users.throttle(0);
  });
});
