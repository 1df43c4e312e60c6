/**
 * The phrases that say what a problem costs (DOMAIN.md §4: business impact is expected of the contact):
 * who or what is affected and how much — "40 agents cannot log in", "all 200 agents", "half of our
 * customers", "we are losing orders", money, deadlines, regulators. Counts of things that are not people
 * or business ("30 seconds", "2 servers") are not. impact.ts scores the clause each phrase sits in.
 */

export const WHO = String.raw`(?:agents?|(?:new\s+)?hires|new\s+joiners|starters|trainees|students|nurses|doctors|passengers|guests|users?|customers?|callers?|employees?|staff|managers|supervisors?|operators?|testers?|developers?|analysts?|reps?|representatives?|advisors?|people|persons?|sites?|stores?|branches?|locations?|offices?|departments?|teams?|countries|clients?|subscribers?|patients?|members?|contact\s+cent(?:er|re)s?|call\s+cent(?:er|re)s?|queues?|campaigns?)`;
const NUMBER_WORD = String.raw`\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|a\s+hundred|dozens?|a\s+dozen|a\s+few|a\s+couple\s+of)`;

/**
 * A count of people or work: "40", "5,000" — not a version's part ("8.5 agents"), a clock time's minutes ("at 07:30"), a case number
 * ("01000004, the customer …"), a group of a card number ("4111 1111 1111 1111") or a list's comma.
 */
const COUNT = String.raw`(?<![\d.,:]|\d{4}[ -])(?:\d{1,3}(?:,\d{3})+|\d{1,7})(?![.,]?\d|[ -]\d{4}\b)`;

/** Work that is lost: counted calls or orders, with a rate or a loss ("500 calls an hour", "losing 200 orders"). */
const WORK =
  '(?:calls?|callbacks?|chats?|interactions?|emails?|orders?|transactions?|bookings?|payments?|leads?|sales)';

/**
 * A terse report's order: symptom, then the level on its own, then what it costs ("… since the patch. High.
 * 25 agents have no phone."). The sentence right after a bare level is the impact, unless it is a sign-off,
 * a request, a question, the system or an attachment.
 */
const AFTER_BARE_LEVEL = new RegExp(
  String.raw`(?<=(?:^|[.!:,\n])[^\S\n]{0,16}(?:critical|high|medium|med|low|sev(?:erity)?\s{0,16}[1-4]|p[1-4])[^\S\n]{0,16}[.!][^\S\n]{1,16})` +
    String.raw`(?!(?:btw|by\s+the\s+way|pin|thanks?|thank|thx|regards|best|cheers|br|please|pls|can|could|would|will|is|are|do|does|what|when|how|why|where|since|after|it'?s|it\s+is|this\s+is|we\s+are\s+on|version|prod\w*|test\w*|lab|logs?|attached|see|screenshot|trace|also|and|but|the\s+(?:log|trace|screenshot)s?|call|contact|reach|ring|phone|e-?mail|write|we(?:'re|'ve|\s+are|\s+have)?\s+(?:\w+\s+)?(?:test|tri|try|measur|check|restart|appli|apply|look|investigat|plan|will|collect|send|sent|attach)\w*)\b)(?![^.;?\n]*\bimpact\s+of\b)` +
    String.raw`[a-z][\w'-]*(?:[^\S\n]+[\w'-]+){2,}[^.;?\n]*(?=[.!](?!\d)|\n|$)`,
  'gi',
);

export const IMPACT_CUES: Array<{ re: RegExp; confidence: number }> = [
  { re: AFTER_BARE_LEVEL, confidence: 0.66 },
  // An "Impact:" label inside a line of prose ("Severity: Medium. Impact: our planners have to …").
  { re: /(?<=\b(?:business\s+)?impact\s{0,16}[:=]\s{0,16})[^\s:][^.;\n]{3,}/gi, confidence: 0.9 },
  // The consequence told as such: "Because of this Initech cannot answer …", "As a result, our report to
  // the regulator could not be produced", "This means our agents …" — the sentence after the symptom.
  {
    re: /(?<=(?:^|[.!?\n]\s{0,16})(?:because\s+of\s+(?:this|that|it)|as\s+a\s+(?:result|consequence)|consequently|due\s+to\s+(?:this|that)|this\s+means(?:\s+that)?|which\s+means(?:\s+that)?|the\s+(?:consequence|result|impact|effect)\s+is(?:\s+that)?)\s{0,16},?\s{0,16})(?!(?:the\s+)?(?:error|issue|problem|calls?\s+(?:drop|fail))\b)\S[^.;\n]{3,}/gi,
    confidence: 0.82,
  },
  // "We risk missing the 24-hour commitment", "we are about to breach our SLA with the bank".
  {
    re: /\b(?:we|they|the\s+customer|our\s+(?:customer|client|end\s+user)|\w+)\s+(?:risks?|are\s+about\s+to|is\s+about\s+to|will|may|might|could)\s+(?:be\s+)?(?:missing|miss|breaching|breach|losing|lose|fail(?:ing)?\s+to\s+meet|be\s+fined|get\s+fined)\s+(?:the|our|their|a|an|its)?\s*(?:[\w-]+\s+){0,3}?(?:commitments?|deadlines?|sla|contracts?|obligations?|targets?|window|cut-?off|customers?|orders?|revenue|licen[cs]e|certification)\b[^.;\n]{0,60}/gi,
    confidence: 0.86,
  },
  // "the CFO is furious", "our board meetings get cut off", "the customer threatens to cancel".
  {
    re: /\b(?:the|our)\s+(?:ceo|cfo|cio|cto|coo|board|management|director|executives?|boss|vp|head\s+of\s+\w+|customer|client|end\s+user)\s+(?:is|are|gets?|got)\s+(?:furious|angry|upset|escalating|complaining|threatening|very\s+unhappy)\b|\b(?:the|our)\s+(?:\w+\s+)?(?:board|executive|management|sales|investor|customer)\s+(?:meetings?|calls?|briefings?|presentations?)\s+(?:get|are|were|got)\s+(?:cut\s+off|dropped|interrupted|cancel+ed)\b/gi,
    confidence: 0.8,
  },
  // "the line is unusable", "the system is at a standstill": a whole service out of use.
  {
    re: /\b(?:the|our|their)\s+(?:\w+\s+){0,2}?(?:line|hotline|helpline|service|system|platform|contact\s+cent(?:er|re)|site|shop|store|desk|business)\s+(?:is|are|has\s+become|became)\s+(?:completely\s+|totally\s+|basically\s+|effectively\s+)?(?:unusable|useless|unreachable|at\s+a\s+standstill|paraly[sz]ed|offline\s+for\s+(?:customers|callers))\b/gi,
    confidence: 0.78,
  },
  // "we lose orders", "they lose customers", "no agent can log in".
  {
    re: new RegExp(
      String.raw`\b(?:we|they|customers?|the\s+business)\s+(?:lose|loose|are\s+losing)\s+(?:\w+\s+){0,2}(?:revenue|money|sales|orders|customers|calls|business|deals|bookings|leads|payments)\b|\b(?:is|it'?s|are)\s+costing\s+(?:us|them|the\s+business)\s+(?:\w+\s+)?(?:customers|money|revenue|sales|orders|business|deals|bookings)\b|\b(?:we|they)\s+(?:lose|loose|are\s+losing|miss|are\s+missing)\s+(?:every|each|all|most|many)\s+(?:[\w-]+\s+)?(?:call|order|sale|booking|payment|chat|customer|deal|lead)s?\b|\bno\s+(?:single\s+)?(?:\w+\s+)?${WHO}\s+(?:can|could|is\s+able\s+to|are\s+able\s+to)\s+\w+`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "Initech is blocked", "the customer is completely blocked": a party held up, not a technical object.
  {
    re: /\b(?:we|they|the\s+(?:customer|client|end\s+user|business|company)|our\s+(?:customer|client|end\s+user|business|company)|(?!(?:queue|port|account|job|etl|thread|process|call|trunk|mailbox|channel|request|update|server|service|database|db|table|file|screen|login|page|record|interaction|task|user|ip|traffic|it|this|that|which|port|number|firewall|connection|access|sync|import|export)\b)[a-z][\w-]+)\s+(?:is|are)\s+(?:completely\s+|fully\s+|totally\s+)?blocked\b(?!\s+(?:by|from|at|on|in)\b)/gi,
    confidence: 0.7,
  },
  // Money lost: "$20k of lost online sales", "costs us roughly 8k EUR a day", "we lost 3 big deals this week".
  {
    re: /[$€£]\s?\d[\d,.]*\s?[km]?\s+(?:of|in)\s+(?:lost\s+)?(?:\w+\s+)?(?:sales|revenue|orders|business|bookings)\b|\bcosts?\s+(?:us\s+|them\s+)?(?:about\s+|around\s+|roughly\s+|~\s*)?[$€£]?\s?\d[\d,.]*\s?(?:k|m)?\s?(?:eur|usd|gbp|dollars|euros)?\b|\blost\s+(?:\d+|several|many|a\s+few|two|three)\s+(?:\w+\s+)?(?:deals|customers|clients|orders|contracts|sales)\b/gi,
    confidence: 0.85,
  },
  // A department that cannot work: "finance can't close the month", "the planners cannot publish".
  {
    re: /\b(?:(?:(?:our|their|the)\s+)?(?:finance|accounting|payroll|billing|sales|marketing|hr|legal|trainers|planners|schedulers|controllers|dispatchers|back[\s-]office)(?:\s+(?:team|department|people|staff|folks))?|the\s+\w+\s+(?:team|department))\s+(?:can(?:'t|not|\s+not|t)|is\s+unable\s+to|are\s+unable\s+to|cannot|could\s+not|couldn'?t)\b/gi,
    confidence: 0.8,
  },
  // Work redone by hand, satisfaction and volume measured, a hotline affected.
  {
    re: /\b(?:\d+|all|every)\s+(?:\w+\s+){0,2}(?:by\s+hand|manually)\b|\b(?:customer\s+satisfaction|csat|nps)\b[^.;\n]{0,30}\b(?:dropped|fell|down|decreased|plummeted)\b|\bcall\s+volume\b[^.;\n]{0,40}\b(?:doubled|tripled|increased|spiked|exploded)\b|\b(?:hotline|helpline|(?:emergency|service|sales|support|booking|order|customer|main)\s+(?:phone\s+)?line)\b[^.;\n]{0,40}\b(?:is|are)\s+(?:affected|impacted|unreachable|down|dead|unusable)\b|\bblock(?:s|ing|ed)?\s+(?:our\s+|the\s+|all\s+)?(?:trainers|planners|agents|supervisors|users|staff|team)\b|\b(?:blocks?|blocking|stops?|breaks?|affects?|kills?)\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?(?:a\s+third|a\s+quarter|half|most|\d+\s*%)\s+of\s+(?:our\s+|the\s+|all\s+)?(?:\w+\s+)?(?:calls?|chats?|interactions?|emails?|orders?|transactions?|bookings?|payments?|traffic)\b/gi,
    confidence: 0.8,
  },
  // "40 agents cannot log in", "about 200 users affected", "3 sites impacted", "all 150 agents".
  {
    re: new RegExp(
      String.raw`\b(?:about\s+|around\s+|approx\.?\s+|approximately\s+|roughly\s+|over\s+|more\s+than\s+|nearly\s+|almost\s+|up\s+to\s+|all\s+(?:of\s+)?(?:our\s+|the\s+)?|some\s+|~\s*)?(?:${COUNT}|${NUMBER_WORD})[^\S\n]*(?:%[^\S\n]+of[^\S\n]+(?:our[^\S\n]+|the[^\S\n]+|all[^\S\n]+)?)?(?:\w+[^\S\n]+){0,2}?${WHO}\b(?!\s+(?:pcs?|desktops?|machines?|laptops?|phones?|workstations?|licen[cs]es?|seats?|groups?|ids?|states?|skills?|client|software))`,
      'gi',
    ),
    confidence: 0.85,
  },
  // "all agents", "all our customers", "the whole contact center", "every caller", "half (of) the agents".
  {
    re: new RegExp(
      String.raw`\b(?:all|every|everyone|each|the\s+whole|the\s+entire|our\s+whole|our\s+entire|entire|half\s+(?:of\s+)?(?:the|our)|most\s+(?:of\s+)?(?:the|our)|many|several|some\s+of\s+(?:the|our)|(?:a|one)\s+(?:third|quarter|fifth)|two\s+thirds|none\s+of\s+(?:the|our))\s+(?:of\s+)?(?:our\s+|the\s+|my\s+)?(?:\w+\s+){0,2}?${WHO}\b(?!\s+(?:pcs?|desktops?|machines?|laptops?|phones?|workstations?|licen[cs]es?|seats?|groups?|ids?|states?|skills?|client|software))`,
      'gi',
    ),
    confidence: 0.7,
  },
  // "one caller in ten hangs up", "3 customers out of 100 are charged twice": a share of the people.
  {
    re: new RegExp(
      String.raw`\b(?:\d+|one|two|three|four|five)\s+(?:\w+\s+)?${WHO}\s+(?:in|out\s+of)\s+(?:\d+|ten|five|four|three|twenty|fifty|a\s+hundred|hundred)\b`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "500 calls an hour are lost", "losing 200 orders a day".
  {
    re: new RegExp(
      String.raw`${COUNT}\s+(?:\w+\s+)?${WORK}\s+(?:per|a|an|each|every)\s+(?:hour|day|minute|shift)|\b(?:losing|lost|los(?:e|es)|missing|dropping|dropped|drops?|failing|failed)\s+(?:about\s+|around\s+|roughly\s+|approx\.?\s+|some\s+|~\s*)?${COUNT}\s+${WORK}`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "business impact is …", "impacting sales", "we are losing revenue/orders", "SLA breach".
  {
    re: /\b(?:business\s+impact|impact(?:ing|s|ed)?\s+(?:on\s+)?(?:our\s+)?(?:business|sales|revenue|operations|customers|service)|(?:we\s+are\s+|we're\s+)?losing\s+(?:revenue|money|sales|orders|customers|calls|business)|lost\s+(?:revenue|sales|orders|calls)|revenue\s+(?:loss|impact)|cannot\s+(?:take|process|serve)\s+(?:orders|payments|customers|calls)|can'?t\s+(?:take|process|serve)\s+(?:orders|payments|customers|calls)|(?:sla|service\s+level)\s+(?:breach|penalt\w+)|penalt(?:y|ies)|no\s+(?:business\s+)?impact|minimal\s+impact|low\s+impact|no\s+one\s+can\s+\w+|nobody\s+can\s+\w+)\b/gi,
    confidence: 0.8,
  },
  // "It blocks our acceptance testing", "delays our migration project", "blocking our rollout".
  {
    re: /\b(?:blocks?|blocking|blocked|delays?|delaying|delayed|stops?|stopped|prevents?|preventing|holds?\s+up|holding\s+up|jeopardi[sz]\w*|puts?\s+at\s+risk)\s+(?:our\s+|the\s+|their\s+|all\s+)?(?:\w+\s+){0,3}?(?:testing|tests|rollout|roll-out|go-live|golive|cutover|migration|project|rehearsal|deployment|upgrade|launch|campaign|acceptance|integration|work|operations|business|sales)\b/gi,
    confidence: 0.85,
  },
  // "Customers cannot use the self service menu", "agents can't log in", "admins cannot make any change", "Nobody can take calls".
  {
    re: new RegExp(
      String.raw`(?:(?:${COUNT}|\b(?:all|our|the|many|most|some|several))\s+)?(?:\b(?!\d)\w+\s+)?\b(?:agents|customers|users|callers|supervisors|admins|administrators|managers|staff|employees|clients|operators|planners|dispatchers|team\s+lead(?:er)?s|nobody|no\s+one|everyone)(?:\s+(?:of|in|at|on)\s+(?:the\s+|our\s+)?(?:production|prod|[A-Z][\w-]+))?\s+(?:can(?:'t|not|\s+not)|are\s+unable|must|have\s+to|are\s+(?:idle|locked|stuck|blocked|affected|impacted)|idle|locked\s+out|lose|won'?t|will\s+not|do(?:\s+not|n'?t)\s+(?:get|see|receive)|get\s+no|see\s+no|have\s+no)\b`,
      'gi',
    ),
    confidence: 0.8,
  },
  // "reports are late", "Management dashboards are empty", "reports for the management are not available".
  {
    re: /\b(?:\w+\s+)?(?:reports?|dashboards?|wallboards?|statistics|stats|kpis?)\s+(?:for\s+(?:the\s+)?\w+\s+)?(?:are|is|show|shows)\s+(?:late|empty|not\s+available|unavailable|wrong|missing|inaccurate|everyone|overcount\w*)|\breports?\s+overcount\w*|\b(?:is|are)\s+due\s+(?:tomorrow|today|tonight|this\s+\w+|on\s+\w+)|\b(?:only|no|minimal|little|low)\s+(?:\w+\s+)?impact\b|\bnobody\s+(?:is\s+)?blocked\b|\b(?:lose|losing|lost)\s+(?:about\s+|around\s+|~)?[$€£]\s?\d[\d,.]*k?\b|\b\d+\s*%\s+of\s+our\s+\w+(?:\s+\w+)?\s+(?:fail|are|drop|get)\w*/gi,
    confidence: 0.8,
  },
  // "affects 40 agents", "affecting our billing team", "impacting the night shift".
  {
    re: new RegExp(
      String.raw`\b(?:affect(?:s|ing|ed)?|impact(?:s|ing)?)\s+(?:about\s+|around\s+|all\s+)?(?:our\s+|the\s+)?(?:${COUNT}\s+)?(?:\w+\s+){0,2}?${WHO}\b(?!\s+(?:pcs?|desktops?|machines?|laptops?|phones?|workstations?|licen[cs]es?|seats?|groups?|ids?|states?|skills?|client|software))`,
      'gi',
    ),
    confidence: 0.8,
  },
  // Deadlines and dates that the problem puts at risk: "go-live is next week", "the CFO report is due
  // tomorrow", "payroll runs on Friday", "reports are a day late", "month-end closing".
  {
    re: /\b(?:go[\s-]?live|cut[\s-]?over|launch|deadline|month[\s-]end|year[\s-]end|quarter[\s-]end|payroll|billing\s+run|audit)\b[^.;\n]{0,40}?\b(?:is|are|was|starts?|runs?|on|in|next|tomorrow|tonight|friday|monday|at\s+risk|due)\b|\b(?:is|are)\s+(?:now\s+)?(?:(?:a|one|two|three|\d+)\s+(?:days?|hours?|weeks?)\s+)late\b|\b(?:(?:the|our|their)\s+(?:\w+\s+)?(?:team|department|staff|agents|reps)\s+)?miss(?:es|ed|ing)?\s+(?:the|our|a|their|its)?\s*(?:\w+\s+)?(?:deadlines?|cut-?off|window|sla|targets?|quotas?)\b/gi,
    confidence: 0.8,
  },
  // Regulators and obligations: "compliance requires every call to be recorded", "a legal obligation", "we risk fines".
  {
    re: /\b(?:compliance|regulat(?:or|ory|ion)s?|gdpr|pci(?:-dss)?|the\s+law)\s+(?:requires?|obliges?|demands?|mandates?|says)\b[^.;\n]{0,60}|\b(?:legal(?:ly)?\s+(?:obligation|requirement|required)|regulatory\s+(?:breach|deadline|report\w*|fine)|(?:risk|face|facing|get)\s+(?:a\s+)?fines?|non-compliant|in\s+breach\s+of)\b[^.;\n]{0,60}/gi,
    confidence: 0.75,
  },
  // People idle or sent home, and work not done: "half of them idle", "agents sit idle", "5,000 calls are unrecorded".
  {
    re: new RegExp(
      String.raw`\b(?:half|most|all|some|many|none|\d+\s*%?)\s+of\s+(?:them|those|the\s+\w+)\s+(?:are\s+|is\s+|sit(?:ting)?\s+|stand(?:ing)?\s+)?(?:idle|waiting|blocked|sent\s+home|offline|unable\b|cannot\b|can't\b)|${COUNT}\s+(?:\w+\s+)?${WORK}\s+(?:are|were|have\s+been|went)\s+(?:\w+\s+)?(?:unrecorded|lost|unanswered|abandoned|missed|not\s+(?:recorded|answered|processed|delivered|billed))`,
      'gi',
    ),
    confidence: 0.85,
  },
  // Work held up: "acceptance testing is on hold", "our UAT cannot continue", "the migration is delayed".
  {
    re: /\b(?:acceptance\s+test\w*|uat|testing|rollout|roll-out|go-live|migration|project|cutover|launch|deployment|training|campaign)\s+(?:is|are|has\s+been|have\s+been|cannot|can't|can\s+not)\s+(?:now\s+)?(?:on\s+hold|delayed|blocked|stuck|postponed|at\s+risk|stopped|halted|continue|proceed|start|go\s+ahead|finish)\b/gi,
    confidence: 0.8,
  },
  // A share of business work failing: "15% of payment calls fail", "a third of our orders".
  {
    re: new RegExp(
      String.raw`(?:\b\d+\s*%|\b(?:half|a\s+third|a\s+quarter|most))\s+of\s+(?:our\s+|all\s+)?(?:payment|sales|billing|emergency|priority|vip|customer|premium|order|booking|inbound\s+sales)\s+${WORK}`,
      'gi',
    ),
    confidence: 0.85,
  },
  // "we cannot take orders", "we are unable to bill our customers": what the business cannot do.
  {
    re: /\b(?:we|our\s+(?:business|shop|bank|agency|company))\s+(?:cannot|can't|can\s+not|are\s+unable\s+to|could\s+not|couldn't)\s+(?:take|process|serve|bill|sell|record|reach|answer|run|close|pay|ship|invoice|go\s+live|operate|continue|meet|deliver|book|accept|handle)\b/gi,
    confidence: 0.8,
  },
  // "Customers get calls that are not for them", "callers are charged twice", "agents may pay refunds to
  // the wrong account": what happens to the business's people and money.
  {
    re: /\b(?:customers|callers|clients|subscribers|patients|members)\s+(?:get|receive|are\s+(?:charged|billed|sent|given|called|told))\b|\b(?:agents|we|staff|customers)\s+(?:may|might|could|risk\s+to)\s+(?:pay|lose|send|charge|refund|miss|breach|expose|disclose|give)\b/gi,
    confidence: 0.75,
  },
];
