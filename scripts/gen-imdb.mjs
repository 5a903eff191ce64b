// Writes a deterministic synthetic copy of IMDb's seven non-commercial dataset files (gzipped UTF-8 TSV,
// header row, \N for null) at any scale, for testing and benchmarking an importer against real-sized data.
//
//   node scripts/gen-imdb.mjs --out <dir> --titles <N> [--seed <n>] [--plant <file.json>]
//                             [--only <stem,stem...>] [--no-gzip] [--jobs <n>]
//
// --titles is the number of title.basics rows; every other file follows IMDb's own ratios (early 2026):
// principals ≈ 7.9 ×, akas ≈ 4.5 ×, names ≈ 1.23 ×, episodes = the tvEpisode rows (≈ 77 %), ratings ≈ 13 %.
// Full scale is --titles 12300000. The same arguments always give byte-identical files: all randomness comes
// from seeded generators, never from Math.random or the clock.
//
// Ids: generated titles are tt0000001, tt0000002, ... and generated people nm0000001, ... in order, except that
// both skip a reserved block starting at 9000000 (tt9000000, nm9000000). Films from --plant take that block,
// one tconst per film in file order and one nconst per distinct person, so they never collide with
// generated ids at any scale and sit at their sorted place (at the end of the files below 9 M titles).
//
// The plant file is a JSON array of { title, year, votes, rating, kind?, directors?: [name], cast?: [{ name,
// character }] } (optionally also originalTitle, genres, runtimeMinutes). Their words also go into the
// vocabulary of generated titles, so planted films sit among distractors that share their words. A planted
// film is rated (in title.ratings) only when it has both votes and a rating.
//
// How it stays fast and flat in memory: worker threads (--jobs, default one per core, at most 8) generate
// blocks of 4096 titles as TSV bytes, and the main thread writes the blocks in order through one gzip
// (level 1) stream per file, awaiting 'drain' when a stream is full, with only a few blocks in flight.
// Every title and person draws from random streams of its own (one per purpose: title model, akas,
// principals, ...), so a worker can start at any block after cheaply replaying which series the earlier
// episodes joined. The bytes are therefore the same for any --jobs, and --only writes the same bytes as a
// full run for its files.
import { once } from "node:events";
import { createWriteStream, mkdirSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { finished } from "node:stream/promises";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { createGzip } from "node:zlib";

const USAGE = "usage: node scripts/gen-imdb.mjs --out <dir> --titles <N> [--seed <n>] [--plant <file.json>] [--only <stems>] [--no-gzip] [--jobs <n>]";
const HEADERS = {
  "title.basics": ["tconst", "titleType", "primaryTitle", "originalTitle", "isAdult", "startYear", "endYear", "runtimeMinutes", "genres"],
  "title.akas": ["titleId", "ordering", "title", "region", "language", "types", "attributes", "isOriginalTitle"],
  "title.crew": ["tconst", "directors", "writers"],
  "title.episode": ["tconst", "parentTconst", "seasonNumber", "episodeNumber"],
  "title.principals": ["tconst", "ordering", "nconst", "category", "job", "characters"],
  "title.ratings": ["tconst", "averageRating", "numVotes"],
  "name.basics": ["nconst", "primaryName", "birthYear", "deathYear", "primaryProfession", "knownForTitles"],
};
const N = "\\N";
const NAMES_PER_TITLE = 15.1 / 12.3; // name.basics rows per title.basics row in the real files
const RESERVED_START = 9_000_000; // first tconst/nconst number of the block kept for planted films and people
const BLOCK = 4096; // titles a worker generates at a time
const MAX_TEXT = 1000; // longest planted text kept, as no real title or name comes near
const LAST_YEAR = 2025; // latest year of a released title; a few titles are announced for later years

// ---------------------------------------------------------------- command line

// Prints one line about a usage mistake and exits 2, like the other CLI errors in this repo.
function fail(message) {
  process.stderr.write(`gen-imdb: ${message} (${USAGE})\n`);
  process.exit(2);
}

// Reads the flags into an options object; every mistake ends the process with exit status 2.
function parseCli(argv) {
  const valued = { "--out": "out", "--titles": "titles", "--seed": "seed", "--plant": "plant", "--only": "only", "--jobs": "jobs" };
  const opts = { gzip: true };
  for (let k = 0; k < argv.length; k++) {
    const [flag, inline] = argv[k].startsWith("--") && argv[k].includes("=") ? argv[k].split(/=(.*)/s) : [argv[k], undefined];
    if (flag === "--help" || flag === "-h") { process.stdout.write(`${USAGE}\n`); process.exit(0); }
    if (flag === "--no-gzip" && inline === undefined) { opts.gzip = false; continue; }
    if (!(flag in valued)) fail(flag.startsWith("-") ? `unknown flag ${flag}` : `unexpected argument ${flag}`);
    const value = inline ?? argv[++k];
    if (value === undefined) fail(`${flag} needs a value`);
    opts[valued[flag]] = value;
  }
  if (!opts.out) fail("missing --out <dir>");
  if (opts.titles === undefined) fail("missing --titles <N>");
  opts.titles = wholeNumber("--titles", opts.titles, 1);
  opts.seed = opts.seed === undefined ? 1 : wholeNumber("--seed", opts.seed, 0, 0xffffffff); // the generators take 32 bits
  opts.jobs = opts.jobs === undefined ? Math.min(8, availableParallelism()) : wholeNumber("--jobs", opts.jobs, 1, 64);
  opts.only = opts.only === undefined ? Object.keys(HEADERS) : opts.only.split(",").map((s) => s.trim().replace(/\.tsv(\.gz)?$/, ""));
  for (const stem of opts.only) if (!(stem in HEADERS)) fail(`--only: unknown file ${stem} (known: ${Object.keys(HEADERS).join(", ")})`);
  return opts;
}

// Parses a flag's value as a whole number from min to max.
function wholeNumber(flag, text, min, max = Number.MAX_SAFE_INTEGER) {
  const value = Number(text.replace(/_/g, ""));
  if (!Number.isSafeInteger(value) || value < min || value > max) fail(`${flag} must be a whole number from ${min} to ${max}, got ${text}`);
  return value;
}

// ---------------------------------------------------------------- randomness

// mulberry32: a tiny seeded generator of floats in [0, 1); one per file so files do not depend on each other.
function mulberry32(seed) {
  let s = seed | 0;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// A 32-bit hash of two integers (murmur3's finaliser), for values that must be a pure function of an id.
function mix(a, b) {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35);
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
const unit = (a, b) => mix(a, b) / 4294967296;

// Every title and every person has its own random stream for each purpose (the title model, each file),
// seeded from the run's seed and its index: so any block of titles can be generated on its own, in any
// worker, and --only leaves the other files' bytes unchanged.
const PURPOSES = { model: 11, akas: 12, principals: 13, ratings: 14, names: 15 };
function streamKeys(seed) { return Object.fromEntries(Object.entries(PURPOSES).map(([purpose, k]) => [purpose, mix(seed, k)])); }
const streamOf = (key, i) => mulberry32(mix(key, i));

// Picks one element of a list uniformly.
const pick = (r, list) => list[Math.floor(r() * list.length)];

// Builds a picker over [value, weight] pairs: a cumulative table searched linearly (lists are short).
function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let acc = 0;
  const values = pairs.map(([v]) => v), bounds = pairs.map(([, w]) => (acc += w) / total);
  const last = values.length - 1;
  return (u) => { let k = 0; while (k < last && u >= bounds[k]) k++; return values[k]; };
}

// A count of at least 1 with the given mean, geometric so a few titles get long lists; capped at 4 × mean.
function countAround(mean, u) {
  if (mean <= 1) return 1;
  return Math.min(1 + Math.floor(Math.log(1 - u) / Math.log(1 - 1 / mean)), Math.ceil(mean * 4));
}

// ---------------------------------------------------------------- vocabulary

const LANG_CODES = ["en", "fr", "de", "es", "it", "ru", "ja", "zh"];
// Parallel vocabulary: one concept a line, so a title and its akas in other regions say the same thing.
const CORE_NOUNS = `
night|nuit|Nacht|noche|notte|ночь|よる|夜
day|jour|Tag|día|giorno|день|ひび|日子
city|ville|Stadt|ciudad|città|город|まち|城市
river|rivière|Fluss|río|fiume|река|かわ|河
shadow|ombre|Schatten|sombra|ombra|тень|かげ|影子
king|roi|König|rey|re|король|おうさま|国王
queen|reine|Königin|reina|regina|королева|じょおう|女王
garden|jardin|Garten|jardín|giardino|сад|にわ|花园
winter|hiver|Winter|invierno|inverno|зима|ふゆ|冬天
summer|été|Sommer|verano|estate|лето|なつ|夏天
storm|tempête|Sturm|tormenta|tempesta|буря|あらし|风暴
fire|feu|Feuer|fuego|fuoco|огонь|ほのお|火焰
water|eau|Wasser|agua|acqua|вода|みず|水
stone|pierre|Stein|piedra|pietra|камень|いし|石头
dream|rêve|Traum|sueño|sogno|сон|ゆめ|梦
house|maison|Haus|casa|casa|дом|いえ|房子
road|route|Straße|camino|strada|дорога|みち|道路
star|étoile|Stern|estrella|stella|звезда|ほし|星星
moon|lune|Mond|luna|luna|луна|つき|月亮
sun|soleil|Sonne|sol|sole|солнце|たいよう|太阳
heart|cœur|Herz|corazón|cuore|сердце|こころ|心
blood|sang|Blut|sangre|sangue|кровь|ち|血
ghost|fantôme|Geist|fantasma|fantasma|призрак|ゆうれい|鬼魂
wolf|loup|Wolf|lobo|lupo|волк|おおかみ|狼
bird|oiseau|Vogel|pájaro|uccello|птица|とり|鸟
dance|danse|Tanz|baile|danza|танец|ダンス|舞蹈
song|chanson|Lied|canción|canzone|песня|うた|歌
letter|lettre|Brief|carta|lettera|письмо|てがみ|信
mirror|miroir|Spiegel|espejo|specchio|зеркало|かがみ|镜子
island|île|Insel|isla|isola|остров|しま|岛
forest|forêt|Wald|bosque|foresta|лес|もり|森林
sea|mer|Meer|mar|mare|море|うみ|大海
mountain|montagne|Berg|montaña|montagna|гора|やま|山
child|enfant|Kind|niño|bambino|ребёнок|こども|孩子
mother|mère|Mutter|madre|madre|мать|おかあさん|母亲
father|père|Vater|padre|padre|отец|おとうさん|父亲
brother|frère|Bruder|hermano|fratello|брат|あに|兄弟
sister|sœur|Schwester|hermana|sorella|сестра|あね|姐妹
love|amour|Liebe|amor|amore|любовь|あい|爱情
death|mort|Tod|muerte|morte|смерть|し|死亡
war|guerre|Krieg|guerra|guerra|война|せんそう|战争
time|temps|Zeit|tiempo|tempo|время|とき|时间
world|monde|Welt|mundo|mondo|мир|せかい|世界
train|train|Zug|tren|treno|поезд|でんしゃ|火车
bridge|pont|Brücke|puente|ponte|мост|はし|桥
door|porte|Tür|puerta|porta|дверь|ドア|门
window|fenêtre|Fenster|ventana|finestra|окно|まど|窗户
secret|secret|Geheimnis|secreto|segreto|тайна|ひみつ|秘密
journey|voyage|Reise|viaje|viaggio|путешествие|たび|旅程
game|jeu|Spiel|juego|gioco|игра|ゲーム|游戏
story|histoire|Geschichte|historia|storia|история|ものがたり|故事
girl|fille|Mädchen|chica|ragazza|девушка|しょうじょ|女孩
man|homme|Mann|hombre|uomo|человек|おとこ|男人
woman|femme|Frau|mujer|donna|женщина|おんな|女人
dog|chien|Hund|perro|cane|собака|いぬ|狗
cat|chat|Katze|gato|gatto|кошка|ねこ|猫
knight|chevalier|Ritter|caballero|cavaliere|рыцарь|ナイト|骑士
angel|ange|Engel|ángel|angelo|ангел|てんし|天使
devil|diable|Teufel|diablo|diavolo|дьявол|あくま|魔鬼
money|argent|Geld|dinero|soldi|деньги|おかね|金钱
voice|voix|Stimme|voz|voce|голос|こえ|声音
light|lumière|Licht|luz|luce|свет|ひかり|光
snow|neige|Schnee|nieve|neve|снег|ゆき|雪
rain|pluie|Regen|lluvia|pioggia|дождь|あめ|雨
wind|vent|Wind|viento|vento|ветер|かぜ|风
ship|navire|Schiff|barco|nave|корабль|ふね|船
friend|ami|Freund|amigo|amico|друг|ともだち|朋友
hunter|chasseur|Jäger|cazador|cacciatore|охотник|ハンター|猎人`;
const CORE_ADJECTIVES = `
silent|silencieux|stille|silencioso|silenzioso|тихий|しずかな|寂静的
broken|brisé|zerbrochene|roto|spezzato|разбитый|こわれた|破碎的
last|dernier|letzte|último|ultimo|последний|さいごの|最后的
first|premier|erste|primer|primo|первый|さいしょの|第一个
lost|perdu|verlorene|perdido|perduto|потерянный|うしなわれた|失落的
golden|doré|goldene|dorado|dorato|золотой|おうごんの|金色的
dark|sombre|dunkle|oscuro|oscuro|тёмный|くらい|黑暗的
red|rouge|rote|rojo|rosso|красный|あかい|红色的
black|noir|schwarze|negro|nero|чёрный|くろい|黑色的
white|blanc|weiße|blanco|bianco|белый|しろい|白色的
little|petit|kleine|pequeño|piccolo|маленький|ちいさな|小小的
great|grand|große|gran|grande|великий|おおきな|伟大的
wild|sauvage|wilde|salvaje|selvaggio|дикий|ワイルドな|狂野的
strange|étrange|seltsame|extraño|strano|странный|ふしぎな|奇怪的
cold|froid|kalte|frío|freddo|холодный|つめたい|寒冷的
hidden|caché|verborgene|escondido|nascosto|скрытый|かくされた|隐藏的
eternal|éternel|ewige|eterno|eterno|вечный|えいえんの|永恒的
sweet|doux|süße|dulce|dolce|сладкий|あまい|甜蜜的
bitter|amer|bittere|amargo|amaro|горький|にがい|苦涩的
lonely|solitaire|einsame|solitario|solitario|одинокий|さびしい|孤独的
endless|sans fin|endlose|interminable|infinito|бесконечный|おわりなき|无尽的
crazy|fou|verrückte|loco|pazzo|безумный|クレイジーな|疯狂的
blue|bleu|blaue|azul|blu|синий|あおい|蓝色的
new|nouveau|neue|nuevo|nuovo|новый|あたらしい|新的
old|vieux|alte|viejo|vecchio|старый|ふるい|古老的
young|jeune|junge|joven|giovane|молодой|わかい|年轻的
happy|heureux|glückliche|feliz|felice|счастливый|しあわせな|幸福的`;
// English-only nouns: more variety for Latin-script titles (other languages keep them untranslated).
const EXTRA_NOUNS = `affair alibi anthem avenue bandit banquet bargain beacon blade border bullet cabin canyon carnival castle
cellar chase circus code colony comet contract corner cowboy crown crystal dagger danger desert detective diary diamond
doctor dragon echo empire engine escape exile factory falcon fever flight fortune frontier fugitive gambit gangster gate
giant harbor heist hero highway horizon hotel hunt jungle justice kingdom kiss labyrinth legacy legend lighthouse machine
mask memory midnight mission monster murder museum mystery nation ocean orchid outlaw palace paradise party passage
phantom pilot pirate planet portrait prince princess prison promise prophecy puzzle radio ranch rebel revenge riddle ring
rose saint samurai scandal shore signal silence soldier spider spirit station stranger street sword temple thief thunder
tiger tower treasure tribe valley vampire voyage warrior wedding widow witch wonder`;

// Splits a parallel table into one { en, En, fr, ... } entry a line; En is the English word in title case.
const parallel = (table) => table.trim().split("\n").map((line) => {
  const entry = Object.fromEntries(line.split("|").map((w, k) => [LANG_CODES[k], w]));
  return { ...entry, En: titleCase(entry.en) };
});
// Capitalises the first letter of every space-separated word.
function titleCase(text) { return text.replace(/(^|\s)(\S)/g, (_, s, c) => s + c.toUpperCase()); }
// Capitalises only the first letter, as French, Spanish, Italian and Russian titles do.
function capitalise(text) { return text.charAt(0).toUpperCase() + text.slice(1); }

const NOUNS = parallel(CORE_NOUNS);
const ADJECTIVES = parallel(CORE_ADJECTIVES);
const EXTRAS = EXTRA_NOUNS.split(/\s+/).map((en) => ({ en, En: titleCase(en) }));

// How each language glues a title's parts together.
const LANGS = {
  en: { the: "The ", of: " of the ", and: " and ", sep: " ", adjAfter: false, cap: false, episode: "Episode", possessive: (p, n) => `${p}'s ${n}` },
  fr: { the: "Le ", of: " de ", and: " et ", sep: " ", adjAfter: true, cap: true, episode: "Épisode", possessive: (p, n) => `${n} de ${p}` },
  de: { the: "Der ", of: " der ", and: " und ", sep: " ", adjAfter: false, cap: true, episode: "Folge", possessive: (p, n) => `${p}s ${n}` },
  es: { the: "El ", of: " de ", and: " y ", sep: " ", adjAfter: true, cap: true, episode: "Episodio", possessive: (p, n) => `${n} de ${p}` },
  it: { the: "Il ", of: " di ", and: " e ", sep: " ", adjAfter: true, cap: true, episode: "Episodio", possessive: (p, n) => `${n} di ${p}` },
  ru: { the: "", of: " ", and: " и ", sep: " ", adjAfter: false, cap: true, episode: "Эпизод", possessive: (p, n) => `${n} ${p}` },
  ja: { the: "", of: "の", and: "と", sep: "", adjAfter: false, cap: false, episode: "エピソード", possessive: (p, n) => `${p}の${n}` },
  zh: { the: "", of: "的", and: "与", sep: "", adjAfter: false, cap: false, episode: "剧集", possessive: (p, n) => `${p}的${n}` },
};
const NON_LATIN = new Set(["ru", "ja", "zh"]);
const pickLanguage = weighted([["en", 56], ["fr", 7], ["de", 7], ["es", 8], ["it", 5], ["ru", 5], ["ja", 8], ["zh", 4]]);
// Title shapes: 0 "River", 1 "The River", 2 "Silent River", 3 "The Silent River", 4 "River of the Night",
// 5 "River and Night", 6 "Silent River 2", 7 "River: Silent Night", 8 "Anna's River", 9 "\"Silent River\" Night".
const pickTemplate = weighted([[0, 10], [1, 9], [2, 18], [3, 12], [4, 10], [5, 5], [6, 3], [7, 5], [8, 4], [9, 0.6]]);
const SEQUELS = ["2", "3", "II", "III", "4", "Part II"];

const MALE = `James John Robert Michael William David Richard Joseph Thomas Charles Daniel Matthew Anthony Mark Paul Steven
Andrew Kenneth George Joshua Kevin Brian Edward Ronald Timothy Jason Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen
Larry Justin Scott Brandon Frank Benjamin Gregory Samuel Raymond Patrick Alexander Jack Dennis Jerry Tyler Aaron Henry Peter
Adam Walter Nathan Harold Kyle Carl Arthur Roger Keith Jeremy Terry Lawrence Sean Christian Albert Joe Ethan Jesse Billy Bruce
Ralph Roy Noah Wayne Alan Juan Louis Russell Gabriel Philip Harry Vincent Johnny José Jürgen François Søren Björn Łukasz
Ángel Raúl Jérôme Günter Mikhail Dmitri Hiroshi Takeshi Kenji Wei Jun Luca Marco Pierre Hans Karl Ivan Pedro Carlos Miguel
Antoine Étienne Zoltán Håkon Ömer Nikos Rajesh Arjun`.split(/\s+/);
const FEMALE = `Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Betty Margaret Sandra Ashley
Kimberly Emily Donna Michelle Dorothy Carol Amanda Melissa Deborah Stephanie Rebecca Sharon Laura Cynthia Kathleen Amy Shirley
Angela Helen Anna Brenda Pamela Nicole Emma Samantha Katherine Christine Rachel Catherine Carolyn Janet Ruth Maria Heather
Diane Virginia Julie Joyce Victoria Olivia Kelly Christina Lauren Joan Evelyn Judith Megan Andrea Hannah Martha Jacqueline
Frances Gloria Ann Teresa Sara Alice Madison Doris Julia Judy Grace Denise Amber Marilyn Danielle Sophia Marie Diana Natalie
Isabella Charlotte Rose Zoë Chloé Renée Inès Ingrid Sigrún Małgorzata Begoña Núria Agnès Hélène Brigitte Yuki Haruka Mei
Ling Olga Natalia Svetlana Giulia Chiara Sofía Lucía Ana Björk Åsa Priya Ayşe Eleni`.split(/\s+/);
const LAST = `Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez Gonzalez Wilson Anderson
Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen
King Wright Scott Torres Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts Gomez
Phillips Evans Turner Diaz Parker Cruz Edwards Collins Reyes Stewart Morris Morales Murphy Cook Rogers Gutierrez Ortiz Morgan
Cooper Peterson Bailey Reed Kelly Howard Ramos Kim Cox Ward Richardson Watson Brooks Chavez Wood James Bennett Gray Mendoza
Ruiz Hughes Price Alvarez Castillo Sanders Patel Myers Long Ross Foster Jiménez Müller Schmidt Schneider Fischer Weber Meyer
Wagner Becker Schulz Hoffmann Dubois Lefèvre Moreau Laurent Girard Rossi Russo Ferrari Esposito Bianchi Romano Ivanov
Smirnov Kuznetsov Popov Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Wang Li Zhang Liu Chen Yang Huang Núñez
Peña Muñoz Ibáñez Søndergaard Østergaard Jansen Nowak Kowalski Wiśniewski Yılmaz Kaya Öztürk Papadopoulos Nielsen Hansen
Johansson Andersson Lindqvist O'Brien O'Connor D'Angelo McCarthy Sharma Gupta`.split(/\s+/);
const FIRST = [...MALE, ...FEMALE];
const ROLES = `Man in Bar|Waitress|Police Officer|Reporter|Bartender|Nurse|Doctor|Taxi Driver|Guard|Narrator|Young Boy|Old Woman|Soldier|
Party Guest|Passenger|Stranger|Neighbor|Priest|Student|Teacher|Vampire|Zombie|Pilot|Receptionist|Detective|Thug #2|Henchman|Villager`.split(/\|\n?/);
const RANKS = ["Detective", "Officer", "Dr.", "Sheriff", "Captain", "Agent", "Professor", "Mrs.", "Mr.", "Sergeant", "Father", "Sister"];
const NICKNAMES = ["Doc", "Ace", "Red", "Lucky", "Bugsy", "The Kid", "Slim"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

// IMDb's genre list, with rough shares; title.basics lists a title's genres in alphabetical order.
const pickGenre = weighted([
  ["Drama", 20], ["Comedy", 15], ["Documentary", 8], ["Action", 6], ["Romance", 6], ["Thriller", 5], ["Crime", 5], ["Horror", 5],
  ["Adventure", 4], ["Family", 4], ["Animation", 4], ["Mystery", 3], ["Fantasy", 3], ["Music", 3], ["Reality-TV", 3], ["Talk-Show", 2],
  ["Biography", 2], ["History", 2], ["Sci-Fi", 2], ["Sport", 2], ["Game-Show", 1], ["News", 2], ["War", 1], ["Musical", 1],
  ["Western", 1], ["Film-Noir", 0.2],
]);
const UNSCRIPTED = /Documentary|Talk-Show|Reality-TV|News|Game-Show/; // genres whose people appear as "self"
const DATED = /Talk-Show|News/; // genres whose episodes are named "Episode dated 12 March 2003"

// ---------------------------------------------------------------- title model

// Title types with their real shares; tvEpisode is about 77 % of title.basics.
const pickType = weighted([
  ["tvEpisode", 77.2], ["short", 8.8], ["movie", 5.9], ["video", 2.5], ["tvSeries", 2.25], ["tvMovie", 1.2], ["tvMiniSeries", 0.55],
  ["tvSpecial", 0.45], ["videoGame", 0.35], ["tvShort", 0.12], ["tvPilot", 0.005],
]);
const SERIES = new Set(["tvSeries", "tvMiniSeries"]);
const ADULT_SHARE = { video: 0.05, movie: 0.015, short: 0.005 };
// Per type (episodes follow their series): share without a runtime, shortest runtime, spread of runtimes.
const RUNTIMES = {
  movie: [0.25, 65, 75], tvMovie: [0.3, 60, 50], short: [0.35, 1, 40], video: [0.45, 5, 110], tvSeries: [0.3, 20, 40],
  tvMiniSeries: [0.3, 40, 30], tvSpecial: [0.4, 25, 95], videoGame: [0.9, 5, 60], tvShort: [0.5, 1, 20], tvPilot: [0.4, 20, 40],
};
// Per type: mean akas, mean principals, share rated, votes (median, spread in powers of ten), mean rating;
// the means are tuned so that the files come out at IMDb's ratios.
const SHAPE = {
  tvEpisode: { akas: 3.8, credits: 6.4, rated: 0.1, votes: [15, 0.8], rating: 7.4 },
  short: { akas: 3.8, credits: 4.8, rated: 0.15, votes: [20, 0.7], rating: 6.6 },
  movie: { akas: 13.3, credits: 12.8, rated: 0.45, votes: [60, 1.2], rating: 6.1 },
  video: { akas: 2.8, credits: 5.6, rated: 0.12, votes: [25, 0.9], rating: 6.3 },
  tvSeries: { akas: 9.5, credits: 9.6, rated: 0.4, votes: [40, 1.2], rating: 6.9 },
  tvMovie: { akas: 6.6, credits: 9.6, rated: 0.3, votes: [35, 0.95], rating: 6.3 },
  tvMiniSeries: { akas: 7.6, credits: 9.6, rated: 0.35, votes: [50, 1.1], rating: 7.0 },
  tvSpecial: { akas: 3.8, credits: 8, rated: 0.2, votes: [25, 0.9], rating: 6.8 },
  videoGame: { akas: 3.8, credits: 6.4, rated: 0.2, votes: [40, 1.1], rating: 6.8 },
  tvShort: { akas: 2.8, credits: 4, rated: 0.08, votes: [15, 0.7], rating: 6.7 },
  tvPilot: { akas: 2.8, credits: 6.4, rated: 0.05, votes: [20, 0.8], rating: 6.5 },
};

// Everything about the titles that more than one file needs. Titles are built in tconst order: an episode
// belongs to one of the series before it, so the model carries the recent series along.
class TitleModel {
  constructor(seed, nameCount, reservedTitles, plantWords) {
    this.seed = seed;
    this.typeKey = mix(seed, 1);
    this.key = streamKeys(seed).model;
    this.r = null; // the random stream of the title being built
    this.people = new People(nameCount);
    this.reservedTitles = reservedTitles;
    this.plantWords = plantWords; // words of planted titles, reused so distractors share them
    this.recent = []; // the last 64 series, the parents new episodes attach to
    this.current = null; // the series the previous episode belonged to: IMDb adds episodes in runs
    this.position = 0; // the index of the next title
  }

  // The type of the i-th generated title: a pure function of i, so name.basics can aim knownForTitles at films.
  typeOf(i) { return i === 0 ? "tvSeries" : pickType(unit(this.typeKey, i)); }

  // Builds the i-th generated title, first catching up with the titles before it.
  next(i) {
    this.skipTo(i);
    this.position = i + 1;
    return this.build(i, this.typeOf(i));
  }

  // Moves on to title i without building the titles in between, except what later titles depend on:
  // the series, and which series each episode joins. This is cheap (about 3 % of titles are series).
  skipTo(i) {
    for (let k = this.position; k < i; k++) {
      const type = this.typeOf(k);
      if (SERIES.has(type)) this.build(k, type);
      else if (type === "tvEpisode") { this.r = streamOf(this.key, k); this.attach(); }
    }
    this.position = Math.max(this.position, i);
  }

  // Builds the shared description of the i-th generated title from its own random stream.
  build(i, type) {
    this.r = streamOf(this.key, i);
    const num = idNumber(i, this.reservedTitles);
    const t = { num, id: ident("tt", num), type, shape: SHAPE[type], parent: null, season: N, episode: N };
    if (type === "tvEpisode") this.episodeOf(t); else this.standalone(t);
    this.crew(t);
    if (SERIES.has(type)) this.addSeries(t);
    return t;
  }

  // Fills in a film, short, series or other title that stands on its own.
  standalone(t) {
    const r = this.r;
    t.lang = pickLanguage(r());
    t.name = this.name(t.lang);
    t.primaryTitle = t.originalTitle = render(t.name, t.lang);
    // A foreign title is often known by an English title, its original staying in the original language.
    if (t.lang !== "en" && r() < 0.35) t.primaryTitle = render(t.name, "en");
    t.isAdult = r() < (ADULT_SHARE[t.type] ?? 0) ? 1 : 0;
    t.startYear = r() < 0.06 ? null : r() < 0.015 ? LAST_YEAR + 1 + Math.floor(r() * 4) : LAST_YEAR - Math.floor(130 * r() ** 3);
    t.endYear = this.endYear(t);
    t.runtime = this.runtime(t.type);
    t.genres = this.genres(t);
  }

  // Attaches an episode to a recent series (mostly the previous episode's one); returns the series and the
  // episode's place in it. These are an episode's first draws, so that skipTo can replay just them.
  attach() {
    const r = this.r;
    if (!this.current || r() > 0.85) this.current = this.recent[this.recent.length - 1 - Math.floor(this.recent.length * r() ** 2)];
    return { series: this.current, k: this.current.count++ };
  }

  // Fills in an episode: it belongs to a recent series and takes its language, era and genres.
  episodeOf(t) {
    const r = this.r;
    const { series: s, k } = this.attach();
    const p = s.title;
    t.parent = p; t.lang = p.lang; t.isAdult = p.isAdult;
    const numbered = r() > 0.15;
    const season = Math.floor(k / s.perSeason) + 1;
    if (numbered) { t.season = season; t.episode = (k % s.perSeason) + 1; }
    const year = p.startYear === null || r() < 0.08 ? null : Math.max(p.startYear, Math.min(p.startYear + season - 1, p.endYear ?? LAST_YEAR + 1));
    t.startYear = year; t.endYear = null;
    t.runtime = r() < 0.45 ? null : p.runtime ?? 20 + Math.floor(r() * 40);
    t.genres = r() < 0.6 ? p.genres : N;
    t.name = this.episodeName(t, p, year);
    t.primaryTitle = t.originalTitle = render(t.name, t.lang);
  }

  // Chooses an episode's title: "Episode #2.5", "Episode dated 3 May 2004" for talk shows, or words.
  episodeName(t, p, year) {
    const r = this.r;
    if (DATED.test(p.genres) && year !== null && r() < 0.7) {
      return { dated: `Episode dated ${1 + Math.floor(r() * 28)} ${pick(r, MONTHS)} ${year}` };
    }
    if (t.season !== N && r() < 0.3) return { numbered: `#${t.season}.${t.episode}` };
    return this.name(t.lang);
  }

  // Remembers a new series as a possible parent, with how many episodes a season of it has.
  addSeries(t) {
    const perSeason = t.type === "tvMiniSeries" ? 1e9 : DATED.test(t.genres) ? 150 + Math.floor(this.r() * 100) : pick(this.r, [6, 8, 10, 12, 13, 20, 22, 24, 26]);
    this.recent.push({ title: t, count: 0, perSeason });
    if (this.recent.length > 64) this.recent.shift();
  }

  // Picks a title's words: a template and words of the vocabulary, rendered later in any language.
  name(lang) {
    const r = this.r;
    return { tpl: pickTemplate(r()), a: pick(r, ADJECTIVES), n1: this.noun(lang), n2: this.noun(lang), person: pick(r, FIRST), sequel: pick(r, SEQUELS) };
  }

  // A noun: mostly from the translated core, some English-only, some from planted titles.
  noun(lang) {
    const r = this.r, u = r();
    if (NON_LATIN.has(lang) || u < 0.7) return pick(r, NOUNS);
    return this.plantWords.length > 0 && u > 0.9 ? pick(r, this.plantWords) : pick(r, EXTRAS);
  }

  // endYear exists only for series, and is \N for those still running or of unknown end.
  endYear(t) {
    const r = this.r;
    if (!SERIES.has(t.type) || t.startYear === null || t.startYear > LAST_YEAR) return null;
    if (r() < (t.type === "tvSeries" ? 0.45 : 0.2)) return null;
    return Math.min(LAST_YEAR, t.startYear + (t.type === "tvSeries" ? Math.floor(12 * r() ** 2) : Math.floor(r() * 1.3)));
  }

  // runtimeMinutes in a range typical of the type, or null as IMDb often has none.
  runtime(type) {
    const r = this.r;
    const [missing, min, spread] = RUNTIMES[type];
    return r() < missing ? null : min + Math.floor(spread * (r() + r()) / 2);
  }

  // Zero to three distinct genres in alphabetical order, as a ready column value.
  genres(t) {
    const r = this.r, u = r();
    const count = u < 0.07 ? 0 : u < 0.47 ? 1 : u < 0.75 ? 2 : 3;
    const list = [];
    if (t.type === "short" || t.type === "tvShort") list.push("Short");
    if (t.isAdult) list.push("Adult");
    for (let k = 0; k < 4 && list.length < count; k++) { const g = pickGenre(r()); if (!list.includes(g)) list.push(g); }
    return list.length === 0 ? N : list.sort().join(",");
  }

  // Directors and writers (indexes of people), shared by title.crew and title.principals.
  crew(t) {
    const r = this.r, type = t.type;
    const dirShares = type === "tvEpisode" ? [0.35, 0.97] : SERIES.has(type) ? [0.75, 0.95] : type === "videoGame" ? [0.6, 0.95] : [0.08, 0.88];
    const writerShares = type === "movie" || type === "tvMovie" ? [0.3, 0.65, 0.9] : [0.45, 0.8, 0.95];
    t.directors = this.crewList(t, "director", tally(r(), dirShares));
    t.writers = this.crewList(t, "writer", tally(r(), writerShares));
  }

  // A list of count people in one crew role; an episode mostly reuses its series' regular directors and writers.
  crewList(t, role, count) {
    const list = [];
    for (let k = 0; k < count; k++) {
      const regular = t.parent !== null && this.r() < (role === "writer" ? 0.7 : 0.5);
      // A series has four regular directors and four regular writers.
      const person = regular ? this.people.regular(this.seed, t.parent.num, role, Math.floor(this.r() * 4)) : this.people.pick(role, this.r(), this.r());
      if (!list.includes(person)) list.push(person);
    }
    return list;
  }
}

// How many of the thresholds u passes: a small count with the given cumulative shares.
function tally(u, thresholds) { let n = 0; while (n < thresholds.length && u >= thresholds[n]) n++; return n; }

// Writes a title's words in one language; words a non-Latin language cannot spell fall back to English.
function render(name, lang) {
  if (name.dated) return name.dated;
  const L = LANGS[lang];
  if (name.numbered) return `${L.episode} ${name.numbered}`;
  const en = lang === "en";
  const n1 = en ? name.n1.En : name.n1[lang] ?? name.n1.en;
  const n2 = en ? name.n2.En : name.n2[lang] ?? name.n2.en;
  if (NON_LATIN.has(lang) && (name.n1[lang] === undefined || name.n2[lang] === undefined)) return render(name, "en");
  const a = en ? name.a.En : name.a[lang];
  const an = L.adjAfter ? n1 + L.sep + a : a + L.sep + n1;
  let text;
  switch (name.tpl) {
    case 0: text = n1; break;
    case 1: text = L.the + n1; break;
    case 2: text = an; break;
    case 3: text = L.the + an; break;
    case 4: text = n1 + L.of + n2; break;
    case 5: text = n1 + L.and + n2; break;
    case 6: text = `${an} ${name.sequel}`; break;
    case 7: text = `${n1}: ${L.adjAfter ? n2 + L.sep + a : a + L.sep + n2}`; break;
    case 8: text = L.possessive(name.person, n1); break;
    default: text = `"${an}"${L.sep}${n2}`; // a literal quote, as in the real title "Swing it" magistern
  }
  return L.cap ? capitalise(text) : text;
}

// The id text: prefix and at least seven digits (tt0089560, nm0000001, tt10000000).
function ident(prefix, num) { const digits = String(num); return prefix + (digits.length < 7 ? ZEROS[digits.length] : "") + digits; }
const ZEROS = ["0000000", "000000", "00000", "0000", "000", "00", "0"];

// The number of the i-th generated id (from 0): counting from 1 and jumping over the reserved block.
function idNumber(i, reserved) { return i + 1 < RESERVED_START ? i + 1 : i + 1 + reserved; }

// ---------------------------------------------------------------- people

// People are laid out in groups of 24 "slots"; a person's slot fixes their profession and gender, so a
// principal credit can pick a fitting person by index alone and name.basics agrees with title.principals.
const SLOTS = 24;
const ROLE_SLOTS = {
  actor: [0, 1, 2, 3, 4, 5, 6], actress: [7, 8, 9, 10, 11], self: [12, 13, 12, 13, 0, 7], director: [14, 15],
  writer: [16, 17, 16, 17, 14, 15], producer: [18], composer: [19], cinematographer: [20], editor: [21],
  production_designer: [22], casting_director: [23],
};
// primaryProfession choices by slot (the first is the slot's own profession).
const PROFESSIONS = [
  ...Array(7).fill(["actor", "actor", "actor,soundtrack", "actor,producer", "actor,director,writer", "actor,stunts", "actor,miscellaneous"]),
  ...Array(5).fill(["actress", "actress", "actress,soundtrack", "actress,producer", "actress,writer", "actress,make_up_department"]),
  [N, "miscellaneous", "producer", "actor", "podcaster"], [N, "miscellaneous", "producer", "actress", "podcaster"],
  ["director", "director,writer", "director,writer,producer", "director,producer", "director,assistant_director"],
  ["director", "director,writer", "director,writer,producer", "director,editor", "director,actress"],
  ["writer", "writer,producer", "writer,director"], ["writer", "writer,producer", "writer,actress"],
  ["producer", "producer,executive", "producer,production_manager"], ["composer,music_department", "composer,soundtrack", "composer"],
  ["cinematographer,camera_department", "cinematographer"], ["editor,editorial_department", "editor"],
  ["production_designer,art_department"], ["casting_director,casting_department"],
];
const isFemale = (slot) => (slot >= 7 && slot <= 11) || (slot >= 12 && slot % 2 === 1);

// Chooses people for credits; popular people (low groups) get many more credits than the long tail.
class People {
  constructor(count) { this.groups = Math.floor(count / SLOTS); }

  // A person able to take the role, from two uniform draws.
  pick(role, u1, u2) {
    const group = u1 < 0.25 ? Math.floor(this.groups * (u1 * 4) * (u1 * 4) * (u1 * 4)) : Math.floor(this.groups * (u1 - 0.25) / 0.75);
    const slots = ROLE_SLOTS[role];
    return group * SLOTS + slots[Math.floor(u2 * slots.length)];
  }

  // The series' k-th regular in a role: the same person in every episode of that series.
  regular(seed, seriesNum, role, k) {
    const h = mix(mix(seed, seriesNum), k);
    return this.pick(role, h / 4294967296, mix(h, 7) / 4294967296);
  }
}

// ---------------------------------------------------------------- rows of each file

// A title's title.basics row.
function writeBasics(t, out) {
  out.row(t.id, t.type, t.primaryTitle, t.originalTitle, t.isAdult, t.startYear, t.endYear, t.runtime, t.genres);
}

const pickRegion = weighted([
  ["US", 10], ["GB", 6], ["FR", 7], ["DE", 7], ["ES", 6], ["IT", 6], ["JP", 5], ["RU", 5], ["MX", 3], ["CA", 4], ["AU", 3], ["BR", 5],
  ["IN", 3], ["XWW", 4], ["PT", 2], ["SE", 2], ["PL", 3], ["TR", 2], ["GR", 2], ["FI", 1], ["HU", 2], ["CN", 2], ["TW", 1], ["HK", 1],
  ["AR", 2], ["AT", 1], ["KR", 1], ["SUHH", 1], [N, 2],
]);
const REGION_LANG = { FR: "fr", DE: "de", AT: "de", ES: "es", MX: "es", AR: "es", IT: "it", RU: "ru", SUHH: "ru", JP: "ja", CN: "zh", TW: "zh", HK: "zh" };
const pickAkaType = weighted([["imdbDisplay", 40], [N, 45], ["alternative", 6], ["working", 3], ["festival", 2], ["dvd", 1.5], ["video", 1], ["tv", 1.5]]);
const pickAttribute = weighted([[N, 94], ["literal English title", 1.5], ["alternative spelling", 1], ["short title", 1], ["complete title", 1], ["new title", 0.8], ["reissue title", 0.7]]);

// A title's title.akas rows: its original title first, then titles in other regions and their languages.
function writeAkas(t, r, out) {
  const count = countAround(t.shape.akas, r());
  const rendered = { [t.lang]: t.originalTitle }; // most regions share a language: render each one once
  out.row(t.id, 1, t.originalTitle, N, N, "original", N, 1);
  out.repeatSometimes(r);
  for (let k = 2; k <= count; k++) {
    const region = pickRegion(r());
    const lang = REGION_LANG[region] ?? "en";
    const language = r() < 0.12 && region !== N ? lang : N;
    const title = rendered[lang] ??= render(t.name, lang);
    out.row(t.id, k, title, region, language, pickAkaType(r()), pickAttribute(r()), 0);
    out.repeatSometimes(r);
  }
}

// The people ids of a list, comma-separated, or \N.
function nconsts(people, reservedNames) {
  return people.length === 0 ? N : people.map((j) => ident("nm", idNumber(j, reservedNames))).join(",");
}

// A title's title.crew row.
function writeCrew(t, reservedNames, out) {
  out.row(t.id, nconsts(t.directors, reservedNames), nconsts(t.writers, reservedNames));
}

// An episode's title.episode row; other titles have none.
function writeEpisode(t, out) {
  if (t.parent !== null) out.row(t.id, t.parent.id, t.season, t.episode);
}

const WRITER_JOBS = ["written by", "screenplay", "story", "teleplay", "creator", "novel", "characters", "based on the novel by"];
const PRODUCER_JOBS = ["producer", "producer", "executive producer", "co-producer", "line producer", "associate producer"];
const SELF_ROLES = ['["Self"]', '["Self"]', '["Self - Host"]', '["Self - Guest"]', '["Self - Contestant"]', '["Self - Narrator"]'];
// Crew beyond directors and writers: [category, chance a title lists one, job chooser].
const OTHER_CREW = [
  ["producer", 0.55, (r) => pick(r, PRODUCER_JOBS)], ["producer", 0.25, (r) => pick(r, PRODUCER_JOBS)],
  ["composer", 0.35, () => N], ["cinematographer", 0.4, (r) => (r() < 0.2 ? "director of photography" : N)], ["editor", 0.4, () => N],
  ["casting_director", 0.15, () => N], ["production_designer", 0.15, () => N],
];

// A title's title.principals rows: cast first (actors, or "self" in unscripted shows), then the crew.
function writePrincipals(t, r, out, people, seed, reservedNames) {
  const crew = [];
  for (const d of t.directors) crew.push([d, "director", r() < 0.05 ? "co-director" : N]);
  for (const w of t.writers) crew.push([w, "writer", r() < 0.7 ? pick(r, WRITER_JOBS) : N]);
  for (const [role, chance, job] of OTHER_CREW) if (r() < chance) crew.push([people.pick(role, r(), r()), role, job(r)]);
  const castCount = Math.max(1, countAround(t.shape.credits, r()) - crew.length);
  const unscripted = UNSCRIPTED.test((t.parent ?? t).genres); // episodes follow their series, whose genres they may not list
  let ordering = 0;
  for (let k = 0; k < castCount; k++) {
    const [person, category, characters] = castMember(t, k, r, people, seed, unscripted);
    out.row(t.id, ++ordering, ident("nm", idNumber(person, reservedNames)), category, N, characters);
    out.repeatSometimes(r);
  }
  for (const [person, category, job] of crew) {
    out.row(t.id, ++ordering, ident("nm", idNumber(person, reservedNames)), category, job, N);
    out.repeatSometimes(r);
  }
}

// One cast credit: [person, category, characters]; an episode's first billed are its series' regulars.
function castMember(t, k, r, people, seed, unscripted) {
  // A regular is the same person in the same part in every episode: their draws come from the series' id.
  const regular = t.parent !== null && k < 4 && r() < 0.75;
  const draw = regular ? mulberry32(mix(mix(seed, t.parent.num), 100 + k)) : r;
  const u = draw();
  const category = unscripted ? (u < 0.9 ? "self" : u < 0.995 ? "archive_footage" : "archive_sound") : u < 0.55 ? "actor" : u < 0.98 ? "actress" : u < 0.997 ? "archive_footage" : "archive_sound";
  const role = category === "self" ? "self" : category === "actress" || (category.startsWith("archive") && u > 0.6) ? "actress" : "actor";
  const person = regular ? people.regular(seed, t.parent.num, role, 100 + k) : people.pick(role, r(), r());
  return [person, category, charactersOf(category, draw, role === "actress")];
}

// The characters column: a JSON array of one to three names (inner quotes escaped), or \N.
function charactersOf(category, r, female) {
  if (category === "self") return pick(r, SELF_ROLES);
  if (category === "archive_sound" || r() < 0.04) return N;
  if (category === "archive_footage") return r() < 0.5 ? '["Self"]' : `["${character(r, female)}"]`;
  const u = r();
  const count = u < 0.85 ? 1 : u < 0.97 ? 2 : 3;
  let json = `["${character(r, female)}"`;
  for (let k = 1; k < count; k++) json += `,"${character(r, female)}"`;
  return `${json}]`;
}

// One character name, already escaped for a JSON string (nicknames bring literal quotes: Dr. \"Doc\" Brown).
function character(r, female) {
  const u = r(), first = female ? FEMALE : MALE;
  if (u < 0.4) return `${pick(r, first)} ${pick(r, LAST)}`;
  if (u < 0.65) return pick(r, first);
  if (u < 0.8) return `${pick(r, RANKS)} ${pick(r, LAST)}`;
  if (u < 0.99) return pick(r, ROLES);
  return `${r() < 0.5 ? "Dr." : pick(r, first)} \\"${pick(r, NICKNAMES)}\\" ${pick(r, LAST)}`;
}

// A title.ratings row for the rated share of titles. Votes are log-normal: a long tail of 5-50, a few
// thousand titles above 100 000 and about a hundred films above a million at full scale, as on IMDb.
function writeRating(t, r, out) {
  if (r() >= t.shape.rated || (t.startYear ?? 0) > LAST_YEAR) return;
  const [median, spread] = t.shape.votes;
  let votes = Math.max(5, Math.round(median * 10 ** (spread * normal(r)))); // IMDb rates titles from 5 votes
  if (votes > 3_000_000) votes = 1_000_000 + Math.floor(r() * 2_000_000); // the very top is 1-3 M
  // Popular titles rate higher; titles with few votes have wilder averages.
  const value = t.shape.rating + 0.3 * Math.log10(votes / median) + normal(r) * (votes < 100 ? 1.6 : 1.0);
  out.row(t.id, ratingText(value), votes);
}

// A standard normal draw (Box-Muller).
function normal(r) { return Math.sqrt(-2 * Math.log(1 - r())) * Math.cos(2 * Math.PI * r()); }

// averageRating as IMDb writes it: one decimal, 1.0 to 10.0.
function ratingText(value) { return RATINGS[Math.min(100, Math.max(10, Math.round(value * 10))) - 10]; }
const RATINGS = Array.from({ length: 91 }, (_, k) => ((k + 10) / 10).toFixed(1));

// The j-th generated person's name.basics row: a name fitting their slot, birth/death years mostly \N.
function writeName(j, r, model, titleCount, reservedTitles, reservedNames, out) {
  const slot = j % SLOTS;
  const first = pick(r, isFemale(slot) ? FEMALE : MALE);
  const u = r();
  const name = u < 0.85 ? `${first} ${pick(r, LAST)}` : u < 0.93 ? `${first} ${String.fromCharCode(65 + Math.floor(r() * 26))}. ${pick(r, LAST)}`
    : u < 0.97 ? `${first} ${pick(r, LAST)}-${pick(r, LAST)}` : u < 0.99 ? `${first} ${pick(r, LAST)} Jr.` : first;
  const birth = r() < 0.13 ? 1860 + Math.floor(150 * (1 - r() ** 2)) : null;
  const died = birth !== null && r() < (birth < 1935 ? 0.85 : birth < 1960 ? 0.3 : 0.03) ? birth + 25 + Math.floor(r() * 75) : null;
  const death = died !== null && died <= LAST_YEAR ? died : null;
  const profession = pick(r, PROFESSIONS[slot]);
  const known = [];
  const wanted = r() < 0.06 ? 0 : 1 + Math.floor(r() * 4);
  for (let k = 0; k < wanted * 3 && known.length < wanted; k++) {
    // People are known for films and series rather than single episodes: skip most episodes.
    const i = Math.floor(r() * titleCount);
    const id = ident("tt", idNumber(i, reservedTitles));
    if ((model.typeOf(i) !== "tvEpisode" || k >= wanted * 2) && !known.includes(id)) known.push(id);
  }
  out.row(ident("nm", idNumber(j, reservedNames)), name, birth, death, profession, known.length ? known.join(",") : N);
}

// ---------------------------------------------------------------- planted films

// Reads and checks the --plant file; returns films and their distinct people with reserved ids.
function loadPlants(file) {
  let list;
  try { list = JSON.parse(readFileSync(file, "utf8")); } catch (err) { fail(`--plant ${file}: ${err.message.split("\n")[0]}`); }
  if (!Array.isArray(list)) fail(`--plant ${file}: expected a JSON array of films`);
  const people = new Map(); // name -> { num, name, roles: Set, titles: [] }
  const films = list.map((f, k) => checkPlant(f, `--plant ${file}: entry ${k}`));
  films.forEach((f, k) => {
    f.num = RESERVED_START + k;
    f.id = ident("tt", f.num);
    const enlist = (name, role) => {
      if (!people.has(name)) people.set(name, { num: RESERVED_START + people.size, name, roles: new Set(), titles: [] });
      const p = people.get(name);
      p.roles.add(role);
      if (!p.titles.includes(f.id)) p.titles.push(f.id);
      return p;
    };
    f.castPeople = f.cast.map((c) => ({ person: enlist(c.name, "actor"), character: c.character }));
    f.directorPeople = f.directors.map((d) => enlist(d, "director"));
  });
  return { films, people: [...people.values()] };
}

// Validates one planted film and cleans its text so it cannot break a TSV row.
function checkPlant(f, where) {
  const clean = (s) => String(s).replace(/[\t\r\n]+/g, " ").trim().slice(0, MAX_TEXT);
  const isText = (s) => typeof s === "string" && clean(s) !== "";
  const isNumber = (v, whole) => v === null || v === undefined || (typeof v === "number" && v >= 0 && (whole ? Number.isSafeInteger(v) : Number.isFinite(v)));
  if (typeof f !== "object" || f === null) fail(`${where}: expected an object`);
  if (!isText(f.title)) fail(`${where}: title must be a non-empty string`);
  if (!isNumber(f.year, true) || !isNumber(f.votes, true) || !isNumber(f.rating, false)) fail(`${where}: year and votes must be whole numbers or null, rating a number or null`);
  const kind = f.kind ?? "movie";
  if (!(kind in SHAPE) || kind === "tvEpisode") fail(`${where}: kind must be a title type other than tvEpisode, got ${kind}`);
  if (f.directors !== undefined && !(Array.isArray(f.directors) && f.directors.every(isText))) fail(`${where}: directors must be an array of names`);
  if (f.cast !== undefined && !(Array.isArray(f.cast) && f.cast.every((c) => c && isText(c.name)))) fail(`${where}: cast must be an array of { name, character }`);
  return {
    title: clean(f.title), originalTitle: isText(f.originalTitle) ? clean(f.originalTitle) : clean(f.title), kind,
    year: f.year ?? null, votes: f.votes ?? null, rating: f.rating ?? null,
    genres: Array.isArray(f.genres) && f.genres.length ? f.genres.slice(0, 3).map(clean).join(",") : N,
    runtime: Number.isSafeInteger(f.runtimeMinutes) && f.runtimeMinutes >= 0 ? f.runtimeMinutes : null,
    directors: (f.directors ?? []).map(clean), cast: (f.cast ?? []).map((c) => ({ name: clean(c.name), character: isText(c.character) ? clean(c.character) : null })),
  };
}

// The distinct words of the planted titles (minus little words), as extra vocabulary for distractors.
function plantWords(films) {
  const stop = new Set("the a an of and in on to for at by with from is it its la le les el los de der die das".split(" "));
  const words = new Set();
  for (const f of films) for (const w of f.title.toLowerCase().split(/[^\p{L}\p{N}']+/u)) if (w.length > 2 && !stop.has(w)) words.add(w);
  return [...words].map((en) => ({ en, En: titleCase(en) }));
}

// Writes the planted films into every title file, in the same column formats as generated titles.
function writePlantedFilms(films, out) {
  for (const f of films) {
    const crewIds = f.directorPeople.map((p) => ident("nm", p.num));
    out["title.basics"]?.row(f.id, f.kind, f.title, f.originalTitle, 0, f.year, null, f.runtime, f.genres);
    out["title.akas"]?.row(f.id, 1, f.originalTitle, N, N, "original", N, 1);
    out["title.akas"]?.row(f.id, 2, f.title, "US", N, "imdbDisplay", N, 0);
    out["title.crew"]?.row(f.id, crewIds.length ? crewIds.join(",") : N, N);
    const principals = out["title.principals"];
    let ordering = 0;
    for (const { person, character } of f.castPeople) {
      principals?.row(f.id, ++ordering, ident("nm", person.num), "actor", N, character ? JSON.stringify([character]) : N);
    }
    for (const p of f.directorPeople) principals?.row(f.id, ++ordering, ident("nm", p.num), "director", N, N);
    if (f.votes > 0 && f.rating !== null) out["title.ratings"]?.row(f.id, ratingText(f.rating), f.votes);
  }
}

// Writes the planted people into name.basics; they are known for their planted films.
function writePlantedPeople(people, out) {
  for (const p of people) {
    const roles = [...p.roles].join(",");
    out.row(ident("nm", p.num), p.name, N, N, roles, p.titles.slice(0, 4).join(","));
  }
}

// ---------------------------------------------------------------- blocks of rows

// The rows of one file for one block, as UTF-8 TSV. Rows are made as strings (join makes flat strings),
// and every 128 of them are joined and encoded into a buffer: one Buffer.write per row would cost as much
// as making the row, and one huge string would leave the collector a lot to do.
class Rows {
  constructor(header) {
    this.buf = Buffer.allocUnsafe(1 << 16);
    this.used = 0; // bytes filled in buf
    this.lines = header ? [header.join("\t")] : []; // lines not yet encoded
    this.last = ""; // the last row, for repeatSometimes
    this.count = 0; // rows, without the header
  }

  // Adds one row of tab-separated fields; null is written \N.
  row(...fields) {
    for (let k = 0; k < fields.length; k++) if (fields[k] === null) fields[k] = N;
    this.add(fields.join("\t"));
  }

  // Adds the last row again with probability 0.001: IMDb's akas and principals hold such duplicates.
  repeatSometimes(r) {
    if (r() < 0.001) this.add(this.last);
  }

  // Queues one line, encoding the queue once it is long enough.
  add(line) {
    this.last = line;
    this.count++;
    if (this.lines.push(line) >= 128) this.encode();
  }

  // Joins the queued lines and encodes them at the end of the buffer, which grows as needed.
  encode() {
    this.lines.push(""); // for the newline after the last line
    const text = this.lines.join("\n");
    this.lines = [];
    const room = this.used + text.length * 3; // a UTF-16 unit takes at most 3 bytes
    if (room > this.buf.length) {
      const bigger = Buffer.allocUnsafe(Math.max(room, 2 * this.buf.length));
      this.buf.copy(bigger, 0, 0, this.used);
      this.buf = bigger;
    }
    this.used += this.buf.write(text, this.used);
  }

  // The finished bytes.
  bytes() {
    if (this.lines.length > 0) this.encode();
    return this.buf.subarray(0, this.used);
  }
}

// What a worker needs to generate any block: options, plants and its own title model.
function blockContext(opts, stems) {
  const plants = opts.plant ? loadPlants(opts.plant) : { films: [], people: [] };
  const nameCount = Math.max(SLOTS, Math.round(opts.titles * NAMES_PER_TITLE));
  return {
    opts, stems, plants, nameCount, keys: streamKeys(opts.seed),
    model: new TitleModel(opts.seed, nameCount, plants.films.length, plantWords(plants.films)),
    // Planted films go before the first generated title numbered past the reserved block, or at the end.
    filmsAt: Math.min(opts.titles, RESERVED_START - 1), peopleAt: Math.min(nameCount, RESERVED_START - 1),
  };
}

// Generates block b: its titles, and the people due alongside them (about 1.23 per title); returns the
// TSV bytes and row count of every requested file.
function generateBlock(ctx, b) {
  const { opts, plants, keys, model, nameCount } = ctx;
  const reservedNames = plants.people.length, reservedTitles = plants.films.length;
  const out = Object.fromEntries(ctx.stems.map((stem) => [stem, new Rows(b === 0 ? HEADERS[stem] : null)]));
  const { "title.basics": basics, "title.akas": akas, "title.crew": crew, "title.episode": episodes, "title.principals": principals, "title.ratings": ratings, "name.basics": names } = out;
  const start = b * BLOCK, end = Math.min(opts.titles, start + BLOCK);
  for (let i = start; i < end; i++) {
    if (i === ctx.filmsAt) writePlantedFilms(plants.films, out);
    const t = model.next(i);
    if (basics) writeBasics(t, basics);
    if (akas) writeAkas(t, streamOf(keys.akas, i), akas);
    if (crew) writeCrew(t, reservedNames, crew);
    if (episodes) writeEpisode(t, episodes);
    if (principals) writePrincipals(t, streamOf(keys.principals, i), principals, model.people, opts.seed, reservedNames);
    if (ratings) writeRating(t, streamOf(keys.ratings, i), ratings);
  }
  if (end === opts.titles && ctx.filmsAt === opts.titles) writePlantedFilms(plants.films, out);
  const namesUpTo = (i) => (i === opts.titles ? nameCount : Math.floor((i * nameCount) / opts.titles));
  for (let j = namesUpTo(start); names && j < namesUpTo(end); j++) {
    if (j === ctx.peopleAt) writePlantedPeople(plants.people, names);
    writeName(j, streamOf(keys.names, j), model, opts.titles, reservedTitles, reservedNames, names);
  }
  if (names && end === opts.titles && ctx.peopleAt === nameCount) writePlantedPeople(plants.people, names);
  return Object.fromEntries(Object.entries(out).map(([stem, rows]) => [stem, { bytes: rows.bytes(), count: rows.count }]));
}

// A worker: generates the blocks it is sent, in increasing order, and sends back their bytes.
function serveBlocks({ opts, stems }) {
  const ctx = blockContext(opts, stems);
  parentPort.on("message", (b) => {
    const files = generateBlock(ctx, b);
    parentPort.postMessage({ b, files }, Object.values(files).map((f) => f.bytes.buffer));
  });
}

// ---------------------------------------------------------------- output

// One output file: bytes go through gzip (level 1) to disk, waiting for 'drain' when the stream is full.
class Output {
  constructor(path, gzip) {
    this.path = path;
    this.file = createWriteStream(path);
    // A few MB may wait in the gzip stream, so compression (on libuv's threads) keeps up with the workers.
    this.head = gzip ? createGzip({ level: 1, writableHighWaterMark: 4 << 20 }) : this.file;
    if (gzip) this.head.pipe(this.file);
    this.rows = 0;
  }

  // Writes bytes; resolves when the stream can take more.
  async write(bytes) {
    if (!this.head.write(bytes)) await once(this.head, "drain");
  }

  // Ends the file and waits until it is complete on disk.
  async close() {
    this.head.end();
    await finished(this.file);
  }
}

// Generates all blocks in worker threads and writes them to the files in block order; returns how many
// workers there were. At most two blocks per worker are in flight, so memory stays flat at any scale.
async function runBlocks(opts, outputs, onBlock) {
  const blockCount = Math.ceil(opts.titles / BLOCK);
  const stems = Object.keys(outputs);
  const results = Array.from({ length: blockCount }, deferred); // each block's files, once generated
  const idle = [];
  let sent = 0, written = 0;
  // Sends the next blocks to idle workers, staying at most two blocks per worker ahead of the writing.
  const dispatch = () => {
    while (idle.length > 0 && sent < blockCount && sent < written + 2 * workers.length) idle.pop().postMessage(sent++);
  };
  const workers = Array.from({ length: Math.min(opts.jobs, blockCount) }, () => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { opts, stems } });
    worker.on("message", ({ b, files }) => { results[b].resolve(files); idle.push(worker); dispatch(); });
    worker.on("error", (err) => { for (const result of results) result?.reject(err); });
    idle.push(worker);
    return worker;
  });
  dispatch();
  for (; written < blockCount; written++) {
    const files = await results[written].promise;
    results[written] = null; // let the block's bytes go
    for (const stem of stems) {
      outputs[stem].rows += files[stem].count;
      await outputs[stem].write(files[stem].bytes);
    }
    dispatch();
    onBlock(written + 1, blockCount);
  }
  await Promise.all(workers.map((w) => w.terminate()));
  return workers.length;
}

// A promise with its resolve and reject functions.
function deferred() {
  const d = {};
  d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
  d.promise.catch(() => {}); // a failure is reported where the promise is awaited, not for every block
  return d;
}

// Shows how far the run is on stderr, overwriting one line, at most once a second.
function progressLine(started) {
  let shown = 0;
  return (done, total) => {
    const seconds = (performance.now() - started) / 1000;
    if (seconds - shown < 1 && done < total) return;
    shown = seconds;
    process.stderr.write(`\rgen-imdb: block ${done}/${total} (${Math.floor((100 * done) / total)}%, ${seconds.toFixed(0)} s)`);
  };
}

// Prints rows, bytes and time for every file written, and the ids of planted films and people.
function summary(opts, outputs, workers, seconds, plants) {
  const lines = [`gen-imdb: ${opts.titles.toLocaleString("en-US")} titles, seed ${opts.seed}, ${workers} worker${workers > 1 ? "s" : ""}, into ${opts.out} in ${seconds.toFixed(1)} s`];
  for (const output of Object.values(outputs)) {
    const name = output.path.slice(output.path.lastIndexOf("/") + 1);
    lines.push(`  ${name.padEnd(26)} ${output.rows.toLocaleString("en-US").padStart(13)} rows ${statSync(output.path).size.toLocaleString("en-US").padStart(16)} bytes`);
  }
  if (plants.films.length > 0) {
    const last = (list) => list[list.length - 1].num;
    lines.push(`  planted ${plants.films.length} titles as ${ident("tt", RESERVED_START)}-${ident("tt", last(plants.films))}` +
      (plants.people.length ? `, ${plants.people.length} people as ${ident("nm", RESERVED_START)}-${ident("nm", last(plants.people))}` : ""));
  }
  process.stderr.write(`${lines.join("\n")}\n`);
}

// ---------------------------------------------------------------- main

// Checks the command line, then has workers generate the blocks while this thread compresses and writes.
async function main() {
  const opts = parseCli(process.argv.slice(2));
  const plants = opts.plant ? loadPlants(opts.plant) : { films: [], people: [] }; // checked here, before any work
  mkdirSync(opts.out, { recursive: true });
  const started = performance.now();
  const stems = Object.keys(HEADERS).filter((stem) => opts.only.includes(stem));
  const outputs = Object.fromEntries(stems.map((stem) => [stem, new Output(join(opts.out, `${stem}.tsv${opts.gzip ? ".gz" : ""}`), opts.gzip)]));
  const workers = await runBlocks(opts, outputs, process.stderr.isTTY ? progressLine(started) : () => {});
  await Promise.all(Object.values(outputs).map((output) => output.close()));
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
  summary(opts, outputs, workers, (performance.now() - started) / 1000, plants);
}

if (isMainThread) await main();
else serveBlocks(workerData);
