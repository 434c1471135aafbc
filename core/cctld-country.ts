/**
 * Country and language inferred from a domain's country-code TLD, for outlets no curator or
 * rater places (idiap rates domains only). It is an inference, and is marked so where it is
 * used (Source.inferred): a .de site is German-run almost always, but not always in German.
 *
 * Left out on purpose: ccTLDs sold as generic names (.io, .co, .tv, .me, .fm, .ai, .ly, …),
 * which say nothing about where an outlet is; and .eu. `.com`, `.org` and the like give no
 * country: such outlets stay "unknown country".
 *
 * Each entry is `tld:language`; the country is the TLD upper-cased (uk → GB). The language is
 * the one most of that country's press publishes in; `-` where no one language dominates the
 * press (Belgium, Switzerland, India, …), so only the country is inferred there.
 */
const TABLE =
  'ae:ar al:sq ar:es at:de au:en az:az ba:bs bd:bn be:- bg:bg bh:ar bo:es br:pt by:be ca:en ' +
  'ch:- cl:es cn:zh cr:es cu:es cy:el cz:cs de:de dk:da do:es dz:ar ec:es ee:et eg:ar es:es ' +
  'et:am fi:fi fj:en fr:fr ge:ka gh:en gr:el gt:es hk:zh hn:es hr:hr ht:fr hu:hu id:id ie:en ' +
  'il:he in:- iq:ar ir:fa is:is it:it jm:en jo:ar jp:ja ke:en kg:ky kh:km kr:ko kw:ar kz:kk ' +
  'lb:ar lk:- lt:lt lu:- lv:lv ma:ar mk:mk mm:my mn:mn mt:en mu:en mv:dv mw:en mx:es my:ms ' +
  'mz:pt na:en ng:en ni:es nl:nl no:no np:ne nz:en om:ar pa:es pe:es ph:en pk:- pl:pl pr:es ' +
  'ps:ar pt:pt py:es qa:ar ro:ro rs:sr ru:ru rw:en sa:ar sd:ar se:sv sg:en si:sl sk:sk sn:fr ' +
  'sv:es sy:ar th:th tn:ar tr:tr tt:en tw:zh tz:sw ua:uk ug:en uk:en us:en uy:es uz:uz ve:es ' +
  'vn:vi ye:ar za:en zm:en zw:en';

const BY_TLD: ReadonlyMap<string, { country: string; language: string | null }> = new Map(
  TABLE.split(' ').map((entry) => {
    const [tld = '', language = '-'] = entry.split(':');
    return [
      tld,
      {
        country: tld === 'uk' ? 'GB' : tld.toUpperCase(),
        language: language === '-' ? null : language,
      },
    ];
  }),
);

/** The country (ISO 3166 alpha-2) and language a host's ccTLD suggests; null when none. */
export function countryFromDomain(
  host: string,
): { country: string; language: string | null } | null {
  const bare = host.split('/')[0] ?? '';
  const tld = bare.slice(bare.lastIndexOf('.') + 1).toLowerCase();
  return BY_TLD.get(tld) ?? null;
}
