import { describe, expect, it } from 'vitest';
import { extractReplyFromHtml } from '../../../../src/domain/email/extract-html-reply.ts';
import { extractReply } from '../../../../src/domain/email/extract-reply.ts';

const NEW = 'The licence server still refuses the key.\nCan you check?';
const text = (history: string) => extractReply(`${NEW}\n\n${history}`).text;

describe('extractReply: quote headers in many languages', () => {
  it.each([
    ['English Gmail', 'On Mon, 5 Feb 2024 at 10:00, Ann Lee <ann@example.com> wrote:\n> old'],
    ['English split over two lines', 'On Mon, 5 Feb 2024 at 10:00, Ann Lee <\nann@example.com> wrote:\n> old'],
    ['German', 'Am 05.02.2024 um 10:00 schrieb Anna Muster <anna@example.de>:\n> alt'],
    [
      'German Outlook',
      'Von: Anna Muster <anna@example.de>\nGesendet: Montag, 5. Februar 2024 10:00\nAn: support@example.com\nBetreff: AW: Lizenz\n\nalt',
    ],
    ['French', 'Le lun. 5 févr. 2024 à 10:00, Anne <anne@example.fr> a écrit :\n> ancien'],
    [
      'French Outlook',
      'De : Anne <anne@example.fr>\nEnvoyé : lundi 5 février 2024 10:00\nÀ : support@example.com\nObjet : RE: licence',
    ],
    ['Spanish', 'El lun, 5 feb 2024 a las 10:00, Juan <juan@example.es> escribió:\n> viejo'],
    [
      'Spanish Outlook',
      'De: Juan <juan@example.es>\nEnviado el: lunes, 5 de febrero de 2024 10:00\nPara: soporte@example.com\nAsunto: RE: licencia',
    ],
    ['Italian', 'Il giorno lun 5 feb 2024 alle ore 10:00 Gianni <g@example.it> ha scritto:\n> vecchio'],
    ['Portuguese', 'Em seg., 5 de fev. de 2024 às 10:00, João <joao@example.pt> escreveu:\n> antigo'],
    ['Dutch', 'Op ma 5 feb. 2024 om 10:00 schreef Jan <jan@example.nl>:\n> oud'],
    ['Swedish', 'Den 5 feb. 2024 kl. 10:00 skrev Sven <sven@example.se>:\n> gammal'],
    [
      'Norwegian/Danish Outlook',
      'Fra: Ola <ola@example.no>\nSendt: 5. februar 2024 10:00\nTil: support@example.com\nEmne: SV: lisens',
    ],
    ['Finnish', 'ma 5. helmik. 2024 klo 10.00 Matti (matti@example.fi) kirjoitti:\n> vanha'],
    ['Russian', 'пн, 5 февр. 2024 г. в 10:00, Иван <ivan@example.ru>:\n> старое'],
    [
      'Russian Outlook',
      'От: Иван <ivan@example.ru>\nОтправлено: 5 февраля 2024 г. 10:00\nКому: support@example.com\nТема: RE: лицензия',
    ],
    ['Japanese Gmail', '2024年2月5日(月) 10:00 山田太郎 <taro@example.jp>:\n> 古い'],
    ['Japanese Apple Mail', '2024/02/05 10:00、山田太郎 <taro@example.jp>のメッセージ:\n\n> 古い'],
    ['Chinese Gmail', '山田太郎 <taro@example.cn> 于2024年2月5日周一 10:00写道：\n> 旧'],
    ['Korean Gmail', '2024년 2월 5일 (월) 오전 10:00, Kim <kim@example.kr>님이 작성:\n> 이전'],
    [
      'Japanese Outlook',
      '差出人: 山田太郎 <taro@example.jp>\n送信日時: 2024年2月5日 10:00\n宛先: support@example.com\n件名: RE: ライセンス',
    ],
    ['Polish', 'W dniu 5.02.2024 o 10:00 Jan Kowalski <jan@example.pl> napisał:\n> stare'],
    [
      'Polish Outlook',
      'Od: Jan <jan@example.pl>\nWysłano: poniedziałek, 5 lutego 2024 10:00\nDo: support@example.com\nTemat: RE: licencja',
    ],
    ['Outlook "Original Message"', '-----Original Message-----\nFrom: Ann\nSent: Monday\n\nold'],
    [
      'Outlook underscore rule',
      '________________________________\nFrom: Ann <ann@example.com>\nSent: Monday, 5 February 2024 10:00\nTo: support@example.com',
    ],
  ])('%s', (_name, history) => {
    expect(text(history)).toBe(NEW);
  });
});

describe('extractReply: signatures', () => {
  it.each([
    ['RFC 3676 "-- "', '-- \nAnn Lee\nACME Corp'],
    ['mobile', 'Sent from my iPhone'],
    ['German mobile', 'Von meinem iPhone gesendet'],
    ['Outlook mobile', 'Get Outlook for Android'],
  ])('%s', (_name, signature) => {
    expect(text(signature)).toBe(NEW);
  });

  it.each([
    ['English closing', 'Best regards,\nAnn Lee\nACME Corp\nTel: +1 555 0100'],
    ['"Thanks & Regards"', 'Thanks & Regards,\nAnn Lee'],
    ['French closing', 'Cordialement,\nAnne Martin\nTél. : +33 1 23 45 67 89'],
    ['German closing', 'Mit freundlichen Grüßen\nAnna Muster\nTel.: +49 89 1234567'],
    ['Spanish closing', 'Saludos cordiales,\nJuan Pérez'],
    ['Japanese closing', 'よろしくお願いいたします。\n\n山田太郎\nACME株式会社'],
    [
      'disclaimer under a closing',
      'Regards,\nAnn\n\nThis e-mail is confidential. If you are not the intended recipient, delete it.',
    ],
    ['disclaimer alone', 'Ce message est confidentiel. Si vous n’êtes pas le destinataire, supprimez-le.'],
  ])('a signature: %s', (_name, signature) => {
    expect(text(signature)).toBe(NEW);
  });

  it.each([
    ['a closing with nothing under it', 'Thanks!'],
    ['a closing with a question under it', 'Thanks,\nAnn\n\nP.S. Is this a known issue?'],
    ['a paragraph with one disclaimer word', 'The file is confidential, please keep it.'],
  ])('not a signature: %s', (_name, tail) => {
    expect(text(tail)).toBe(`${NEW}\n\n${tail}`);
  });

  it('keeps a PIN line that stands in the signature (it is what verifies the sender)', () => {
    expect(text('Best regards,\nAnn Lee\nPIN: 482913\nTel: +1 555 0100')).toBe(`${NEW}\nPIN: 482913`);
    expect(text('-- \nAnn Lee | support PIN 482913')).toBe(`${NEW}\nAnn Lee | support PIN 482913`);
  });

  it('drops a text part’s stand-in for an inline picture', () => {
    expect(text('[image: logo.png]')).toBe(NEW);
  });

  it('keeps signatures in withoutQuotes', () => {
    expect(extractReply(`${NEW}\n\n-- \nAnn`).withoutQuotes).toBe(`${NEW}\n\n-- \nAnn`);
  });

  it('keeps a sentence that merely starts with "Sent from"', () => {
    const body = 'Sent from my laptop, the upload fails at 80%.';
    expect(extractReply(body).text).toBe(body);
  });
});

describe('extractReply: quoting', () => {
  it('keeps inline answers and drops the quoted lines between them', () => {
    expect(extractReply('> Which version?\n7.2\n> Which OS?\nLinux').text).toBe('7.2\nLinux');
  });

  it('finds the answer below the quote when the sender bottom-posts', () => {
    expect(extractReply('On 5 Feb 2024, Ann <ann@example.com> wrote:\n> question\n\nanswer').text).toBe('answer');
  });

  it('does not mistake prose starting with "On" for a header', () => {
    const body = 'On the 5th server we run 2 nodes.\nOn the other one, 3.';
    expect(extractReply(body).text).toBe(body);
  });

  it('returns an empty string for an empty body', () => {
    expect(extractReply('')).toEqual({ text: '', withoutQuotes: '' });
  });
});

describe('extractReplyFromHtml', () => {
  it('drops an Outlook divRplyFwdMsg and everything after it', () => {
    const html =
      '<div>New <b>answer</b></div><hr><div id="divRplyFwdMsg"><b>From:</b> Ann<br><b>Sent:</b> Monday</div><div>old text</div>';
    expect(extractReplyFromHtml(html).text).toBe('New answer');
  });

  it('drops gmail_quote sections and blockquotes', () => {
    const html =
      '<div>Fixed, thanks.</div><div class="gmail_quote"><div class="gmail_attr">On Mon, 5 Feb 2024 Ann wrote:</div>' +
      '<blockquote>old</blockquote></div>';
    expect(extractReplyFromHtml(html).text).toBe('Fixed, thanks.');
  });

  it('does not print link targets', () => {
    expect(extractReplyFromHtml('<p>See <a href="https://example.com/x">the log</a></p>').text).toBe('See the log');
  });
});
