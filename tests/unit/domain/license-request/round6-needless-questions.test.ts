/** Issue 25 round 6 §1–2: a field the mail gives is read, so the follow-up does not ask for it. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { findItemMentions } from '../../../../src/domain/license-request/item-mentions.ts';
import { numberWordsAsDigits, wordsValue } from '../../../../src/domain/license-request/number-words.ts';

const unit = (text: string) => ({ text, line: 1, row: false, paragraph: 0 });

describe('issue 25 round 6 §1: "realocação", "realocado", "MAC novo" name a reallocation', () => {
  it('a Portuguese request to move the file to a new MAC is not asked for its implementation type', () => {
    const result = extractLicenseRequest({
      subject: 'Arquivo de ativação - Cooperativa Serra Azul (realocação)',
      body: [
        'Olá,',
        '',
        'A Cooperativa Serra Azul trocou o servidor do PureConnect por um equipamento novo e precisa que o arquivo de ativação seja realocado.',
        '',
        'Cliente final: Cooperativa Serra Azul',
        'Conta Sold To: Sul Telecom Ltda.',
        'MAC novo: 00-50-56-A0-11-22',
        '',
        'Obrigado,',
        'Paulo Souza',
        'Sul Telecom Ltda.',
        'paulo.souza@sultelecom.example',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({ implementationType: 'reallocation' });
    expect(result.missing).not.toContain('implementationType');
  });
});

describe('issue 25 round 6 §2: a forward whose addresses are gone still tells the customer by its signature', () => {
  it('the forwarded message signed by another company than the forwarder is the customer: the company', () => {
    const result = extractLicenseRequest({
      body: [
        'Hi Licensing,',
        '',
        "Below is Harlow's request - please issue for production.",
        '',
        'Thanks',
        'Dan Reed',
        'Anglia Networks Ltd',
        '',
        '-----Original Message-----',
        'From: Kate Moss',
        'Sent: 03 November 2025 16:12',
        'To: Dan Reed',
        'Subject: licences',
        '',
        'Dan,',
        '',
        'We need 35 seats of Enterprise Routing Solution 9.0 on our licence server HRL-LIC (Windows Server 2022, one server only). Host ID: 6C-2B-59-E0-14-AB.',
        '',
        'Kate Moss',
        'IT Operations',
        'Harlow Foods Limited',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({ companyName: 'Harlow Foods Limited' });
    expect(result.missing).not.toContain('companyName');
  });
});

describe('issue 25 round 6 §2: a Japanese request names the customer with 様, the purpose before 環境', () => {
  const result = extractLicenseRequest({
    body: [
      'ライセンス担当者様',
      '',
      'いつもお世話になっております。富士CXシステムズの中村です。',
      '',
      '株式会社北陸フーズ様の本番環境向けに、Enterprise Routing Solution 8.5 を 40 席分、ライセンスファイルの発行をお願いいたします。',
      '',
      'ライセンスサーバーは1台構成です。',
      'ホスト名: hkf-lic01',
      'ホストID: 00-50-56-9B-1E-70',
      'OS: Windows Server 2019',
      '',
      '中村 由美',
      '富士CXシステムズ株式会社',
    ].join('\n'),
  });

  it('company, purpose and the item named in full after a Japanese comma', () => {
    expect(result.fields).toMatchObject({
      companyName: '株式会社北陸フーズ',
      purpose: 'production',
      sellableItems: [{ name: 'Enterprise Routing Solution', version: '8.5', quantity: 40 }],
    });
    expect(result.missing).toEqual([]);
  });

  it("the writer's own company (no 様) is not taken for the customer", () => {
    expect(result.fields).not.toMatchObject({ companyName: '富士CXシステムズ株式会社' });
  });
});

describe('issue 25 round 6 §2: quantities written in words', () => {
  it.each([
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['a hundred and fifty', 150],
    ['two thousand five hundred', 2500],
  ])('%s is %i', (words, value) => {
    expect(wordsValue(words)).toBe(value);
  });

  it('words followed by the same count in brackets are that count once; a lone "one" stays a word', () => {
    expect(numberWordsAsDigits('one hundred and twenty (120) seats')).toBe('120 seats');
    expect(numberWordsAsDigits('one license server')).toBe('one license server');
  });

  it('"thirty seats of SIP Server 8.1" and "diez puertos de Genesys Voice Platform 9.0" count their items', () => {
    const items = findItemMentions([
      unit('We need thirty seats of SIP Server 8.1.'),
      unit('Y 10 puertos de Genesys Voice Platform 9.0.'),
    ]);
    expect(items.map((i) => [i.name, i.quantity])).toEqual([
      ['SIP Server', 30],
      ['Genesys Voice Platform', 10],
    ]);
  });
});

describe('issue 25 round 6 §2: items counted without a version beside them', () => {
  const upgrade = (said: string) =>
    extractLicenseRequest({
      body: `Hi Licensing,\n\n${said} Same server as before: hfl-lic.harbor.local (00-15-5D-01-02-03), Windows Server 2016, single server, lmgrd on 27009. Production. The agents and IVR are separate.\n\nThanks,\nJon\nHarbor IT Partners`,
    });

  it('"upgrading X from 8.1 to 8.5 … 150 agents on Enterprise Routing Solution": the item at the version it goes to', () => {
    const result = upgrade(
      "We're upgrading Harbor Freight Lines from 8.1 to 8.5. They have 150 agents on Enterprise Routing Solution and 40 IVR ports on Genesys Voice Platform.",
    );
    expect(result.fields).toMatchObject({
      sellableItems: [
        { name: 'Enterprise Routing Solution', version: '8.5', quantity: 150 },
        { name: 'Genesys Voice Platform', version: '8.5', quantity: 40 },
      ],
    });
    expect(result.missing).toEqual([]);
  });

  it('with no version named anywhere, only the version is asked, not the whole list', () => {
    const result = upgrade('Our customer Harbor Freight Lines needs 150 agents on Enterprise Routing Solution.');
    expect(result.fields).toMatchObject({ sellableItems: [{ name: 'Enterprise Routing Solution', quantity: 150 }] });
    expect(result.missing).toEqual(['sellableItems[0].version']);
  });

  it("a part number's version (SW-001-9.0-ERS01) makes no item of the part number", () => {
    const result = extractLicenseRequest({
      body: 'Lab licenses for Grupo Andino S.A.S., 20 seats of Enterprise Routing Solution 9.0.\nPart: SW-001-9.0-ERS01 qty 20\nServer andino-lab-lic, host ID 0A1B2C3D, Solaris 11, single.',
    });
    const names = ((result.fields as { sellableItems?: { name: string }[] }).sellableItems ?? []).map((i) => i.name);
    expect(names).toEqual(['Enterprise Routing Solution']);
    expect(result.missing).not.toContain('deploymentMode');
  });
});

describe('issue 25 round 6 §2: a product with a count of ports after it is sold, not an application', () => {
  it('"build IVR applications: Genesys Voice Platform 9.0, 16 ports" is a sellable item of 16', () => {
    const items = findItemMentions([
      unit('Their developers build IVR applications: Genesys Voice Platform 9.0, 16 ports, split 8 and 8.'),
    ]);
    expect(items.map((i) => [i.name, i.application, i.quantity])).toEqual([['Genesys Voice Platform', false, 16]]);
  });

  it('"technical licenses for Stat Server 8.5" stays an application', () => {
    const items = findItemMentions([unit('Please add the technical licenses for Stat Server 8.5.')]);
    expect(items.map((i) => [i.name, i.application])).toEqual([['Stat Server', true]]);
  });
});
