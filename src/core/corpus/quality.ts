/**
 * Content checks of the corpus beyond its schema: sources a journalist accepts, timeline headlines,
 * people's dated roles and agreements' provisions. Build- and test-time only.
 */
import { PROVISION_STATUSES, type Entry, type Source } from './types';

/** Hosts that copy, mirror, summarise or pad other sites' text; never a source. */
const COPY_HOSTS: RegExp[] = [
  /(^|\.)wikisum\.com$/, /(^|\.)piglix\.com$/, /(^|\.)wikimili\.com$/, /\.azureedge\.net$/, /(^|\.)wikiwand\.com$/,
  /(^|\.)alchetron\.com$/, /(^|\.)infogalactic\.com$/, /(^|\.)everybodywiki\.com$/, /(^|\.)justapedia\.org$/,
  /(^|\.)wikizero\.com$/, /(^|\.)wiki2\.org$/, /(^|\.)kiddle\.co$/, /(^|\.)dbpedia\.org$/, /(^|\.)academic-accelerator\.com$/,
  /(^|\.)dictionary\.com$/, /(^|\.)thefreedictionary\.com$/, /(^|\.)definitions\.net$/, /(^|\.)yourdictionary\.com$/,
  /(^|\.)wordnik\.com$/, /(^|\.)merriam-webster\.com$/, /(^|\.)funtrivia\.com$/, /(^|\.)ranker\.com$/, /(^|\.)fandom\.com$/,
  /(^|\.)wikitia\.com$/, /(^|\.)wikiless\./, /(^|\.)wikibrief\.org$/, /(^|\.)encyclopedia\.pub$/, /(^|\.)newikis\.com$/,
  /(^|\.)ghanaweb\.com$/, /(^|\.)modernghana\.com$/, /(^|\.)pulse\.com\.gh$/, /(^|\.)myjoyonline\.com$/,
  /(^|\.)blogspot\.com$/, /(^|\.)medium\.com$/, /(^|\.)quora\.com$/, /(^|\.)reddit\.com$/, /(^|\.)scribd\.com$/,
  /(^|\.)archive\.ph$/, /(^|\.)archive\.today$/, /(^|\.)wikisum\.wiki$/, /(^|\.)kiwix\./, /(^|\.)liquisearch\.com$/,
  /(^|\.)owiki\.org$/, /(^|\.)knowpia\.com$/, /(^|\.)docslib\.org$/, /(^|\.)howlingpixel\.com$/, /(^|\.)hitchhikersgui\.de$/,
  /(^|\.)academickids\.com$/, /(^|\.)the-uncensored-wiki\./, /\.zxc\.wiki$/, /\.qaz\.wiki$/, /(^|\.)particle\.news$/,
  /(^|\.)allthe\.news$/, /(^|\.)devdiscourse\.com$/, /(^|\.)menafn\.com$/, /(^|\.)news-pravda\./, /(^|\.)europesays\.com$/,
  /(^|\.)breakinglatest\.news$/, /(^|\.)pledgetimes\.com$/, /(^|\.)wordpress\.com$/, /(^|\.)movatter\.jp$/, /(^|\.)search\.com\.vn$/,
  /(^|\.)anyflip\.com$/, /\.railway\.app$/, /(^|\.)history-maps\.com$/, /(^|\.)av1\.space$/, /(^|\.)blogen\.wiki$/,
  /(^|\.)datana\.cloud$/, /(^|\.)faqs\.org$/, /(^|\.)thelist\.com$/, /(^|\.)heavy\.com$/, /(^|\.)qoshe\.com$/, /(^|\.)buzzkue\.com$/,
  /(^|\.)trendy\.so$/, /(^|\.)newsstreetlive\.com$/, /(^|\.)business-news\.top$/, /(^|\.)korean-vibe\.com$/,
  /(^|\.)media-journalist\.com$/, /(^|\.)jasdooit\.com$/, /(^|\.)productiveleisurenetwork\.com$/, /(^|\.)figure-asia\.com$/,
  /(^|\.)chartable\.com$/, /(^|\.)see\.news$/, /(^|\.)deeproots\.news$/, /(^|\.)news4000\.com$/, /(^|\.)thinkaloud\.in$/,
  /(^|\.)bravennow\.com$/, /(^|\.)frominsideasia\.com$/, /(^|\.)eualternatives\.com$/, /(^|\.)finanznachrichten\.de$/,
  /(^|\.)yankeesunscripted\.com$/, /(^|\.)abouttrump\.org$/, /(^|\.)thevillagessuntimes\.com$/, /(^|\.)hqcomoxvalley\.com$/,
  /(^|\.)exbulletin\.com$/, /(^|\.)schlagergroup\.com$/, /(^|\.)kids\.britannica\.com$/, /(^|\.)leifeasley\.net$/,
  /(^|\.)koreareaders\.com$/, /(^|\.)wearethemighty\.com$/, /(^|\.)historicalmarkerproject\.com$/, /(^|\.)sat-nd\.com$/,
  /(^|\.)pickbaz\.com$/, /(^|\.)dailymotion\.com$/, /(^|\.)fastly\.net$/, /(^|\.)blogen\./,
];
/**
 * Primary and reputable sources: governments and the UN, the agreement texts, established news
 * organisations, research institutes, universities and Wikipedia itself. Every entry (and every
 * side's account) needs at least one of these; other sources may stand beside them.
 */
const REPUTABLE: RegExp[] = [
  /\.gov$/, /\.gov\.[a-z]{2}$/, /\.go\.kr$/, /\.go\.jp$/, /\.mil$/, /(^|\.)gov\.cn$/, /\.edu$/, /\.ac\.kr$/, /\.ac\.jp$/, /\.ac\.uk$/,
  /(^|\.)un\.org$/, /(^|\.)iaea\.org$/, /(^|\.)ctbto\.org$/, /(^|\.)unhcr\.org$/, /(^|\.)icrc\.org$/, /(^|\.)europa\.eu$/, /(^|\.)nato\.int$/,
  /(^|\.)wikipedia\.org$/, /(^|\.)wikisource\.org$/, /(^|\.)britannica\.com$/, /(^|\.)encykorea\.aks\.ac\.kr$/, /(^|\.)korea\.net$/,
  /(^|\.)yna\.co\.kr$/, /(^|\.)yonhapnews\.co\.kr$/, /(^|\.)kbs\.co\.kr$/, /(^|\.)joins\.com$/, /(^|\.)joongang\.co\.kr$/,
  /(^|\.)koreaherald\.com$/, /(^|\.)heraldcorp\.com$/, /(^|\.)koreatimes\.co\.kr$/, /(^|\.)donga\.com$/, /(^|\.)hani\.co\.kr$/,
  /(^|\.)chosun\.com$/, /(^|\.)khan\.co\.kr$/, /(^|\.)hankookilbo\.com$/, /(^|\.)segye\.com$/, /(^|\.)ytn\.co\.kr$/, /(^|\.)imbc\.com$/,
  /(^|\.)sbs\.co\.kr$/, /(^|\.)news1\.kr$/, /(^|\.)newsis\.com$/, /(^|\.)ohmynews\.com$/, /(^|\.)hankyung\.com$/, /(^|\.)mk\.co\.kr$/,
  /(^|\.)asiae\.co\.kr$/, /(^|\.)seoul\.co\.kr$/, /(^|\.)kmib\.co\.kr$/, /(^|\.)arirang\.com$/, /(^|\.)nknews\.org$/, /(^|\.)38north\.org$/,
  /(^|\.)dailynk\.com$/, /(^|\.)nkleadershipwatch\.org$/, /(^|\.)koreaexpose\.com$/, /(^|\.)ohchr\.org$/, /(^|\.)reuters\.com$/, /(^|\.)apnews\.com$/, /(^|\.)afp\.com$/, /(^|\.)bbc\.co\.uk$/,
  /(^|\.)bbc\.com$/, /(^|\.)nytimes\.com$/, /(^|\.)washingtonpost\.com$/, /(^|\.)wsj\.com$/, /(^|\.)latimes\.com$/, /(^|\.)chicagotribune\.com$/,
  /(^|\.)theguardian\.com$/, /(^|\.)ft\.com$/, /(^|\.)economist\.com$/, /(^|\.)bloomberg\.com$/, /(^|\.)cnn\.com$/, /(^|\.)npr\.org$/,
  /(^|\.)cbsnews\.com$/, /(^|\.)nbcnews\.com$/, /(^|\.)abcnews\.go\.com$/, /(^|\.)pbs\.org$/, /(^|\.)time\.com$/, /(^|\.)theatlantic\.com$/,
  /(^|\.)politico\.(com|eu)$/, /(^|\.)axios\.com$/, /(^|\.)voanews\.com$/, /(^|\.)voakorea\.com$/, /(^|\.)rfa\.org$/, /(^|\.)rferl\.org$/,
  /(^|\.)dw\.com$/, /(^|\.)france24\.com$/, /(^|\.)aljazeera\.com$/, /(^|\.)independent\.co\.uk$/, /(^|\.)thetimes\.co\.uk$/,
  /(^|\.)irishtimes\.com$/, /(^|\.)abc\.net\.au$/, /(^|\.)sbs\.com\.au$/, /(^|\.)nzherald\.co\.nz$/, /(^|\.)rnz\.co\.nz$/,
  /(^|\.)straitstimes\.com$/, /(^|\.)channelnewsasia\.com$/, /(^|\.)scmp\.com$/, /(^|\.)japantimes\.co\.jp$/, /(^|\.)yomiuri\.co\.jp$/,
  /(^|\.)asahi\.com$/, /(^|\.)mainichi\.jp$/, /(^|\.)kyodonews\.(jp|net)$/, /(^|\.)nikkei\.com$/, /(^|\.)nippon\.com$/, /(^|\.)nhk\.or\.jp$/,
  /(^|\.)upi\.com$/, /(^|\.)csmonitor\.com$/, /(^|\.)thediplomat\.com$/, /(^|\.)kyivindependent\.com$/, /(^|\.)aa\.com\.tr$/,
  /(^|\.)taipeitimes\.com$/, /(^|\.)bangkokpost\.com$/, /(^|\.)stripes\.com$/, /(^|\.)newsweek\.com$/, /(^|\.)foreignaffairs\.com$/,
  /(^|\.)foreignpolicy\.com$/, /(^|\.)washingtontimes\.com$/, /(^|\.)usatoday\.com$/, /(^|\.)thehill\.com$/, /(^|\.)defensenews\.com$/,
  /(^|\.)globalsecurity\.org$/, /(^|\.)csis\.org$/, /(^|\.)cfr\.org$/, /(^|\.)brookings\.edu$/, /(^|\.)rand\.org$/, /(^|\.)carnegieendowment\.org$/,
  /(^|\.)chathamhouse\.org$/, /(^|\.)wilsoncenter\.org$/, /(^|\.)keia\.org$/, /(^|\.)asaninst\.org$/, /(^|\.)sejong\.org$/, /(^|\.)kinu\.or\.kr$/,
  /(^|\.)inss\.re\.kr$/, /(^|\.)kida\.re\.kr$/, /(^|\.)belfercenter\.org$/, /(^|\.)stimson\.org$/, /(^|\.)iiss\.org$/, /(^|\.)sipri\.org$/,
  /(^|\.)fas\.org$/, /(^|\.)nti\.org$/, /(^|\.)armscontrol\.org$/, /(^|\.)nautilus\.org$/, /(^|\.)nonproliferation\.org$/, /(^|\.)cartercenter\.org$/,
  /(^|\.)heritage\.org$/, /(^|\.)hudson\.org$/, /(^|\.)pacforum\.org$/, /(^|\.)isdp\.eu$/, /(^|\.)rsis\.edu\.sg$/, /(^|\.)crisisgroup\.org$/,
  /(^|\.)hrw\.org$/, /(^|\.)amnesty\.org$/, /(^|\.)peaceagreements\.org$/, /(^|\.)nobelprize\.org$/, /(^|\.)archives\.go\.kr$/,
  /(^|\.)worldjpn\.net$/, /(^|\.)u-tokyo\.ac\.jp$/, /(^|\.)kedo\.org$/, /(^|\.)koreana\.or\.kr$/, /(^|\.)asiatoday\.co\.kr$/,
  /(^|\.)tongilnews\.com$/, /(^|\.)mofa\.go\.kr$/, /(^|\.)fmprc\.gov\.cn$/, /(^|\.)kremlin\.ru$/, /(^|\.)mid\.ru$/, /(^|\.)mfa\.gov\.kp$/,
  /(^|\.)cbc\.ca$/, /(^|\.)theglobeandmail\.com$/, /(^|\.)euronews\.com$/, /(^|\.)lemonde\.fr$/, /(^|\.)spiegel\.de$/, /(^|\.)nationalinterest\.org$/,
  /(^|\.)janes\.com$/, /(^|\.)armytimes\.com$/, /(^|\.)defense\.gov$/, /(^|\.)dvidshub\.net$/, /(^|\.)airandspaceforces\.com$/,
  /(^|\.)hindustantimes\.com$/, /(^|\.)ndtv\.com$/, /(^|\.)wionews\.com$/, /(^|\.)aninews\.in$/, /(^|\.)thehindu\.com$/,
  /(^|\.)indiatimes\.com$/, /(^|\.)indianexpress\.com$/, /(^|\.)newindianexpress\.com$/, /(^|\.)deccanherald\.com$/, /(^|\.)business-standard\.com$/,
  /(^|\.)livemint\.com$/, /(^|\.)manilatimes\.net$/, /(^|\.)inquirer\.net$/, /(^|\.)philstar\.com$/, /(^|\.)mb\.com\.ph$/,
  /(^|\.)gmanetwork\.com$/, /(^|\.)abs-cbn\.com$/, /(^|\.)rappler\.com$/, /(^|\.)thestar\.com\.my$/, /(^|\.)malaymail\.com$/,
  /(^|\.)nst\.com\.my$/, /(^|\.)businesstimes\.com\.sg$/, /(^|\.)asiaone\.com$/, /(^|\.)todayonline\.com$/, /(^|\.)vnexpress\.net$/,
  /(^|\.)vietnamnews\.vn$/, /(^|\.)tuoitrenews\.vn$/, /(^|\.)jakartapost\.com$/, /(^|\.)antaranews\.com$/, /(^|\.)trtworld\.com$/,
  /(^|\.)hurriyetdailynews\.com$/, /(^|\.)dailysabah\.com$/, /(^|\.)ukrinform\.net$/, /(^|\.)ukrinform\.ua$/, /(^|\.)pravda\.com\.ua$/,
  /(^|\.)themoscowtimes\.com$/, /(^|\.)meduza\.io$/, /(^|\.)interfax\.com$/, /(^|\.)interfax\.ru$/, /(^|\.)ansa\.it$/,
  /(^|\.)efe\.com$/, /(^|\.)jiji\.com$/, /(^|\.)tbsnews\.jp$/, /(^|\.)fnn\.jp$/, /(^|\.)nikkei\.com$/,
  /(^|\.)sankei\.com$/, /(^|\.)ctvnews\.ca$/, /(^|\.)globalnews\.ca$/, /(^|\.)startribune\.com$/, /(^|\.)ajc\.com$/,
  /(^|\.)sfgate\.com$/, /(^|\.)seattletimes\.com$/, /(^|\.)denverpost\.com$/, /(^|\.)bostonglobe\.com$/, /(^|\.)baltimoresun\.com$/,
  /(^|\.)sun-sentinel\.com$/, /(^|\.)orlandosentinel\.com$/, /(^|\.)mercurynews\.com$/, /(^|\.)sandiegouniontribune\.com$/, /(^|\.)courant\.com$/,
  /(^|\.)usnews\.com$/, /(^|\.)foxnews\.com$/, /(^|\.)nypost\.com$/, /(^|\.)theweek\.com$/, /(^|\.)vox\.com$/,
  /(^|\.)businessinsider\.com$/, /(^|\.)cnbc\.com$/, /(^|\.)marketwatch\.com$/, /(^|\.)forbes\.com$/, /(^|\.)fortune\.com$/,
  /(^|\.)news\.yahoo\.com$/, /(^|\.)brecorder\.com$/, /(^|\.)dawn\.com$/, /(^|\.)tribune\.com\.pk$/, /(^|\.)geo\.tv$/,
  /(^|\.)thenationalnews\.com$/, /(^|\.)arabnews\.com$/, /(^|\.)aawsat\.com$/, /(^|\.)jpost\.com$/, /(^|\.)haaretz\.com$/,
  /(^|\.)timesofisrael\.com$/, /(^|\.)smh\.com\.au$/, /(^|\.)theage\.com\.au$/, /(^|\.)theaustralian\.com\.au$/, /(^|\.)news\.com\.au$/,
  /(^|\.)stuff\.co\.nz$/, /(^|\.)tvnz\.co\.nz$/, /(^|\.)telegraph\.co\.uk$/, /(^|\.)thetimes\.com$/, /(^|\.)ft\.com$/,
  /(^|\.)standard\.co\.uk$/, /(^|\.)news\.sky\.com$/, /(^|\.)itv\.com$/, /(^|\.)cnnphilippines\.com$/, /(^|\.)koreajoongangdaily\.joins\.com$/,
  /(^|\.)koreabizwire\.com$/, /(^|\.)koreaexpose\.com$/, /(^|\.)nkeconwatch\.com$/, /(^|\.)northkoreatech\.org$/, /(^|\.)sinonk\.com$/,
  /(^|\.)armscontrolwonk\.com$/, /(^|\.)missilethreat\.csis\.org$/, /(^|\.)beyondparallel\.csis\.org$/, /(^|\.)cns\.miis\.edu$/, /(^|\.)nonproliferation\.org$/,
  /(^|\.)iiss\.org$/, /(^|\.)spacenews\.com$/, /(^|\.)defensenews\.com$/, /(^|\.)breakingdefense\.com$/, /(^|\.)navalnews\.com$/,
  /(^|\.)thedrive\.com$/, /(^|\.)twz\.com$/, /(^|\.)militarytimes\.com$/, /(^|\.)navytimes\.com$/, /(^|\.)airforcetimes\.com$/,
  /(^|\.)usni\.org$/, /(^|\.)news\.usni\.org$/, /(^|\.)military\.com$/, /(^|\.)nationaldefensemagazine\.org$/, /(^|\.)warontherocks\.com$/,
  /(^|\.)lawfaremedia\.org$/, /(^|\.)justsecurity\.org$/, /(^|\.)jurist\.org$/, /(^|\.)scotusblog\.com$/, /(^|\.)time\.com$/,
  /(^|\.)latimes\.com$/, /(^|\.)wtop\.com$/, /(^|\.)wral\.com$/, /(^|\.)kion546\.com$/, /(^|\.)ksn\.com$/,
  /(^|\.)whdh\.com$/, /(^|\.)wtkr\.com$/, /(^|\.)deseret\.com$/, /(^|\.)spokesman\.com$/, /(^|\.)journal-news\.com$/,
  /(^|\.)daytondailynews\.com$/, /(^|\.)elpasotimes\.com$/, /(^|\.)recordnet\.com$/, /(^|\.)unionleader\.com$/, /(^|\.)mynorthwest\.com$/,
  /(^|\.)alaskapublic\.org$/, /(^|\.)wnpr\.org$/, /(^|\.)wkms\.org$/, /(^|\.)bpr\.org$/, /(^|\.)wprl\.org$/,
  /(^|\.)nbcnews\.com$/, /(^|\.)cbc\.ca$/, /(^|\.)rferl\.org$/, /(^|\.)euronews\.com$/, /(^|\.)politico\.com$/,
  /(^|\.)semafor\.com$/, /(^|\.)theintercept\.com$/, /(^|\.)propublica\.org$/, /(^|\.)asia\.nikkei\.com$/, /(^|\.)english\.kyodonews\.net$/,
  /(^|\.)english\.kyodonews\.jp$/, /(^|\.)kyodonews\.net$/, /(^|\.)koreanewsgazette\.com$/, /(^|\.)newsis\.com$/, /(^|\.)yonhapnewstv\.co\.kr$/,
  /(^|\.)mbn\.co\.kr$/, /(^|\.)tvchosun\.com$/, /(^|\.)jtbc\.co\.kr$/, /(^|\.)channela\.co\.kr$/, /(^|\.)kukinews\.com$/,
  /(^|\.)edaily\.co\.kr$/, /(^|\.)sedaily\.com$/, /(^|\.)fnnews\.com$/, /(^|\.)newspim\.com$/, /(^|\.)nocutnews\.co\.kr$/,
  /(^|\.)busan\.com$/, /(^|\.)kookje\.co\.kr$/, /(^|\.)imaeil\.com$/, /(^|\.)kwnews\.co\.kr$/, /(^|\.)mt\.co\.kr$/,
  /(^|\.)moneytoday\.co\.kr$/, /(^|\.)etnews\.com$/, /(^|\.)zdnet\.co\.kr$/, /(^|\.)yonhapnews\.co\.kr$/, /(^|\.)nkinfo\.unikorea\.go\.kr$/,
  /(^|\.)voakorea\.com$/, /(^|\.)rfa\.org$/, /(^|\.)dailynk\.com$/, /(^|\.)nknews\.org$/, /(^|\.)kcnawatch\.org$/,
];
/** Staging, preview and test servers: not the publisher's public page. */
const STAGING_HOST = /(^|[.-])(staging|stage|stg|preview|dev|test|uat)[0-9]*[.-]/;
/** State-run media: allowed as a source of what that state said, and labelled as such. */
const STATE_MEDIA_HOSTS: RegExp[] = [
  /(^|\.)kcna\.kp$/, /(^|\.)rodong\.rep\.kp$/, /(^|\.)naenara\.com\.kp$/, /(^|\.)uriminzokkiri\.com$/, /(^|\.)kcnawatch\.org$/,
  /(^|\.)kcna\.co\.jp$/, /(^|\.)xinhuanet\.com$/, /(^|\.)news\.cn$/, /(^|\.)chinadaily\.com\.cn$/, /(^|\.)globaltimes\.cn$/, /(^|\.)cgtn\.com$/,
  /(^|\.)people\.com\.cn$/, /(^|\.)tass\.(com|ru)$/, /(^|\.)ria\.ru$/, /(^|\.)rt\.com$/, /(^|\.)sputnikglobe\.com$/,
];
const HEADLINE_MAX = 100;

export interface QualityProblem {
  id: string;
  message: string;
}

/** Why a source cannot stand as a source, or null when it can. */
export function sourceProblem(s: Source): string | null {
  let u: URL;
  try {
    u = new URL(s.url);
  } catch {
    return 'source URL invalid: ' + String(s?.url);
  }
  const host = u.hostname.toLowerCase();
  if (u.protocol !== 'https:') return 'source not https: ' + s.url;
  if (COPY_HOSTS.some((r) => r.test(host))) return 'copy, mirror or weak host: ' + host;
  if (STAGING_HOST.test(host + '.')) return 'staging or preview host: ' + host;
  if (STATE_MEDIA_HOSTS.some((r) => r.test(host)) && s.stateMedia !== true) return 'state media source not labelled stateMedia: ' + host;
  return null;
}

function isoOk(d: unknown): boolean {
  return typeof d === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(d);
}

/** True for a source from a primary or reputable publisher (state media counts for what its state said). */
export function isReputable(s: Source): boolean {
  try {
    const host = new URL(s.url).hostname.toLowerCase();
    return REPUTABLE.some((r) => r.test(host)) || STATE_MEDIA_HOSTS.some((r) => r.test(host));
  } catch {
    return false;
  }
}

/** Checks an entry's sources, headline, roles and provisions. `ids` resolves event references. */
export function qualityProblems(e: Entry, ids: ReadonlySet<string>): QualityProblem[] {
  const out: QualityProblem[] = [];
  const bad = (message: string) => out.push({ id: e.id, message });
  const sources = [...(e.sources ?? []), ...(e.accounts ?? []).flatMap((a) => (a.source ? [a.source] : []))];
  for (const s of sources) {
    const why = sourceProblem(s);
    if (why) bad(why);
  }
  if (e.kind === 'event') {
    if (typeof e.headline !== 'string' || !e.headline.trim()) bad('event without a headline');
    else if (e.headline.length > HEADLINE_MAX) bad(`headline over ${HEADLINE_MAX} characters`);
  } else if (e.headline !== undefined) bad('headline on a non-event');
  if ((e.sources ?? []).length && !(e.sources ?? []).some(isReputable)) bad('no primary or reputable source (government, UN, established news organisation, institute, Wikipedia)');
  for (const a of e.accounts ?? []) {
    if (!a.source) bad(`account of ${a.party} without its own source`);
    else if (!isReputable(a.source)) bad(`account of ${a.party}: its source is not primary or reputable`);
  }
  if (e.kind === 'person') {
    if (!Array.isArray(e.roles) || e.roles.length === 0) bad('person without roles');
    for (const r of e.roles ?? []) {
      if (typeof r.title !== 'string' || !r.title.trim()) bad('role without title');
      if (!isoOk(r.start)) bad(`role "${r.title}" without a real start date`);
      if (r.end !== undefined && !isoOk(r.end)) bad(`role "${r.title}" with a bad end date`);
      if (r.end !== undefined && isoOk(r.start) && r.end.slice(0, r.start.length) < r.start.slice(0, r.end.length)) bad(`role "${r.title}" ends before it starts`);
    }
  } else if (e.roles !== undefined) bad('roles on a non-person');
  if (e.kind === 'agreement') {
    if (!Array.isArray(e.provisions) || e.provisions.length === 0) bad('agreement without provisions');
    for (const p of e.provisions ?? []) {
      if (!p.text?.trim() || !p.fate?.trim()) bad('provision needs text and fate');
      if (!(PROVISION_STATUSES as readonly string[]).includes(p.status)) bad('bad provision status ' + String(p.status));
      for (const id of p.events ?? []) if (!ids.has(id)) bad('provision event does not resolve: ' + id);
    }
  } else if (e.provisions !== undefined) bad('provisions on a non-agreement');
  return out;
}
