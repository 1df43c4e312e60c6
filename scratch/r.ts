import { findReason } from '../src/domain/understanding/controlled-release.ts';

console.log(
  findReason(
    'We need to order the controlled release SIP Server 8.5.104.12 for RHEL 8, no localization needed, delivery by FTP. Reason: our auditors certified exactly that build.',
  ),
);
