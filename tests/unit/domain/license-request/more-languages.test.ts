/** Issue 25 §3 (round 3): requests written in Portuguese, Italian and Dutch are recognised and read as far as a dictionary can. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { detectLanguage } from '../../../../src/domain/license-request/language.ts';

describe('issue 25 §3: Portuguese, Italian and Dutch are recognised as other languages', () => {
  it.each([
    ['Solicitamos a geração das licenças para o nosso cliente Banco Horizonte, em produção, com urgência.', 'pt'],
    ['Precisamos de um novo arquivo de ativação porque o servidor foi trocado por um novo hardware.', 'pt'],
    [
      'Vi chiediamo di generare il file di licenza per il nostro cliente Banca Adriatica, ambiente di produzione.',
      'it',
    ],
    [
      'Graag ontvangen wij een nieuw activeringsbestand voor onze klant, de server is vervangen door nieuwe hardware.',
      'nl',
    ],
    ['Les pedimos el archivo de licencia para nuestro cliente Seguros Aztlán, por favor, para pruebas.', 'es'],
  ])('%s → %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });
});

describe('issue 25 §3: a Portuguese, Italian or Dutch request is read with its own labels and words, for a person to complete', () => {
  it('Portuguese: the customer, seats in "posições", purpose "produção", "um único servidor" and labelled server lines', () => {
    const result = extractLicenseRequest({
      body: [
        'Olá equipe,',
        '',
        'Solicitamos a geração das licenças Engage para o nosso cliente Banco Horizonte S.A.: 200 posições de SIP Server 8.5, em produção. Um único servidor de licenças:',
        '',
        'Nome do host: bh-lic01',
        'Endereço MAC: 00-50-56-AA-10-20',
        'Sistema operacional: Windows Server 2019',
        '',
        'Atenciosamente,',
        'João Pereira',
      ].join('\n'),
    });
    expect(result.handling).toMatchObject({ language: 'pt', needsPerson: true });
    expect(result.fields).toMatchObject({
      companyName: 'Banco Horizonte S.A.',
      purpose: 'production',
      serverConfiguration: 'single',
      sellableItems: [{ name: 'SIP Server', version: '8.5', quantity: 200 }],
      licenseServers: [{ hostName: 'bh-lic01', hostId: '005056aa1020', os: 'Windows Server', osVersion: '2019' }],
    });
  });

  it('Italian: "postazioni di" is a seat count and "Indirizzo MAC" a host id', () => {
    const result = extractLicenseRequest({
      body: 'Buongiorno,\n\nvi chiediamo il file di licenza Engage: 80 postazioni di SIP Server 8.5, un solo server di licenza.\n\nNome host: ba-lic01\nIndirizzo MAC: 00-50-56-AB-CD-01\nSistema operativo: Red Hat Enterprise Linux 8.6',
    });
    expect(result.handling.language).toBe('it');
    expect(result.fields).toMatchObject({
      serverConfiguration: 'single',
      sellableItems: [{ name: 'SIP Server', quantity: 80 }],
      licenseServers: [{ hostName: 'ba-lic01', hostId: '005056abcd01' }],
    });
  });

  it('Dutch: an "activeringsbestand" is a PureConnect request; Voornaam, Achternaam, Eindklant, Omgeving are its labels', () => {
    const result = extractLicenseRequest({
      body: 'Goedemiddag,\n\nGraag ontvangen wij een nieuw activeringsbestand voor PureConnect voor onze klant Zorgverzekeraar Noord.\n\nVoornaam: Pieter\nAchternaam: de Vries\nEindklant: Zorgverzekeraar Noord\nOmgeving: productie\n',
    });
    expect(result.kind).toBe('pureconnect');
    expect(result.handling.language).toBe('nl');
    expect(result.fields).toMatchObject({
      firstName: 'Pieter',
      lastName: 'de Vries',
      endUserAccount: 'Zorgverzekeraar Noord',
      deploymentType: 'production',
    });
  });
});
