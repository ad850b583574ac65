import type { Random } from './random';

/**
 * A social worker's contact note, built from a small bank of Dutch sentences: what was talked
 * about, how the client was, what was tried, what comes next. Realistic length matters more than
 * meaning: most notes are 150–700 characters, some short, a few long.
 */
const openings = [
  'Huisbezoek afgelegd, mevrouw zat in de woonkamer met de radio aan.',
  'Telefonisch contact gehad, meneer nam na twee keer bellen op.',
  'Cliënt kwam op de afgesproken tijd naar het buurthuis.',
  'Kort contact via WhatsApp over de afspraak van volgende week.',
  'Gesprek op kantoor, dochter was er het eerste half uur bij.',
  'Videobellen ging na wat opstartproblemen goed.',
  'Samen koffie gedronken in het wijkcentrum aan de Händelstraat.',
] as const;
const middles = [
  'Ze vertelt dat de dagen lang duren sinds haar man is overleden en dat de zondag het zwaarst is.',
  'Hij geeft aan dat hij de buren nauwelijks kent en het lastig vindt om zelf een praatje te beginnen.',
  'We hebben de contactcirkel ingevuld; in de binnenste cirkel staat alleen haar zus in Zwolle.',
  'De spanning was bij binnenkomst hoog (7), na de ademhalingsoefening zakte die naar 5.',
  'Cliënt is moe, slaapt slecht en ziet op tegen de feestdagen.',
  'Er is een klein succes te melden: hij heeft zelf de buurvrouw gegroet en even gepraat.',
  'Ze twijfelt of de koffieochtend in De Linde iets voor haar is, omdat ze bang is dat het te druk is.',
  'Financiën blijven een zorg; de schuldhulpverlening heeft nog niet teruggebeld.',
  'We hebben besproken wat ze vroeger graag deed: zingen in het koor en fietsen langs de Vecht.',
  'Meneer is somber maar geeft aan geen gedachten aan de dood te hebben; afgesproken dit volgende keer weer te vragen.',
  'De huisarts is op de hoogte en denkt mee over een verwijzing naar de praktijkondersteuner.',
  'Het maatjesproject heeft een mogelijke match gevonden, een gepensioneerde onderwijzer uit de wijk.',
  'Ze laat trots de foto’s zien van de kleinkinderen die vorige week op bezoek waren.',
  'Het huis is opgeruimd en er staat verse koffie; dat is een verbetering ten opzichte van vorige maand.',
  'Hij vindt het fijn dat er iemand komt, maar wil het tempo zelf bepalen.',
] as const;
const closings = [
  'Volgende afspraak over twee weken, weer thuis.',
  'Ik bel volgende week dinsdag om te horen hoe het ging.',
  'Afgesproken dat zij zelf het buurthuis belt voor de inloop op donderdag.',
  'Terugkoppeling naar het wijkteam volgt na het volgende gesprek.',
  'Cliënt kan mij bereiken via het algemene nummer als het eerder nodig is.',
] as const;

export function contactNote(random: Random, targetLength?: number): string {
  const roll = random.next();
  const target = targetLength ?? (roll < 0.1 ? random.int(40, 150) : roll < 0.93 ? random.int(150, 700) : random.int(700, 1600));
  let note: string = random.pick(openings);
  while (note.length < target - 60) note += ` ${random.pick(middles)}`;
  if (note.length < target) note += ` ${random.pick(closings)}`;
  return note;
}

const agreementTexts = [
  'Zelf het buurthuis bellen voor de inloop op donderdag',
  'Elke ochtend tien minuten wandelen',
  'De buurvrouw vragen om samen boodschappen te doen',
  'Informatie over het maatjesproject opsturen',
  'Contact opnemen met de huisarts over de slaapklachten',
  'Het formulier voor de schuldhulpverlening samen invullen',
  'Dochter bellen over de verjaardag',
  'De folder van de zangochtend bekijken',
] as const;

export const agreementText = (random: Random) => random.pick(agreementTexts);

const sessionLines = [
  'Oefening met de spanningsthermometer gedaan; ze herkent haar signalen beter.',
  'Huiswerk van vorige week besproken: twee keer gewandeld, één keer overgeslagen vanwege regen.',
  'In de groep vertelde hij voor het eerst iets over zijn werk vroeger.',
  'Openingszinnen geoefend met een rollenspel; dat vond ze spannend maar leuk.',
  'We hebben een stappenladder gemaakt naar de koffieochtend.',
  'De adem-oefening helpt, maar thuis lukt het nog niet elke dag.',
] as const;

export function sessionNote(random: Random): string {
  let note = '';
  const target = random.int(150, 600);
  while (note.length < target) note += `${note ? ' ' : ''}${random.pick(sessionLines)}`;
  return note;
}
