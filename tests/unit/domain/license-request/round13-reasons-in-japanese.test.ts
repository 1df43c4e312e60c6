/**
 * Issue 25 round 13: Japanese says why a date is needed before the date, in a clause ending in ため, ので,
 * に向けて (「本番稼働の準備のため、来週金曜日までに」). Probes written before the change, in wordings of their own.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const request = (sentence: string) =>
  extractLicenseRequest({
    body: `ライセンス担当者様\n\nいつもお世話になっております。\n\nエンドユーザー：大阪湾岸物流株式会社\nGARN：0198812\n導入種別：新規導入\n用途：本番\nMACアドレス：00-1E-67-A2-5C-90\n\n${sentence}\n\nよろしくお願いいたします。\n山本 愛子\n株式会社なにわコンタクト`,
    subject: 'アクティベーションファイル発行依頼',
    date: new Date('2026-11-10T05:20:00Z'),
    dateOffset: 540,
  }).fields as PureConnectRecord;

describe('round 13: the reason for the date, said before it in Japanese', () => {
  it.each([
    [
      'ため, before a date with its week word',
      '本番稼働の準備のため、来週金曜日までにいただけますと幸いです。',
      '2026-11-20',
      '本番稼働の準備のため',
    ],
    [
      'に向けて, before a calendar date',
      '年末のシステム切替に向けて、12月10日までに発行をお願いいたします。',
      '2026-12-10',
      '年末のシステム切替に向けて',
    ],
    [
      'ので, a clause with its own time word',
      '来週から移行作業が始まるので、金曜日までにいただけますか。',
      '2026-11-13',
      '来週から移行作業が始まるので',
    ],
    ['ため, a short noun phrase', '監査対応のため、11月30日までに必要です。', '2026-11-30', '監査対応のため'],
  ])('%s', (_, sentence, dateNeeded, dateReasoning) => {
    const record = request(sentence);
    expect(record.dateNeeded).toBe(dateNeeded);
    expect(record.dateReasoning).toBe(dateReasoning);
  });

  it('a labelled value before the sentence is no part of the reason', () => {
    expect(request('監査対応のため、11月30日までに必要です。').dateReasoning).not.toMatch(/MAC|00-1E/);
  });

  it('a date said without a reason has none', () => {
    expect(request('11月30日までにお願いいたします。').dateReasoning).toBeUndefined();
  });
});
