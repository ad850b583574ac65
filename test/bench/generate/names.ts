/** Names as a Dutch caseload holds them: accents, tussenvoegsels, Turkish and Moroccan family names. */
export const givenNames = [
  'Zoë', 'Özlem', 'Chloé', 'Thijs', 'Daan', 'Sanne', 'Fleur', 'Anouk', 'Jeroen', 'Bram', 'Lotte', 'Noë', 'Renée', 'André',
  'José', 'Inês', 'Fatima', 'Mohammed', 'Youssef', 'Aïcha', 'Gülşen', 'Emre', 'Wim', 'Gerrit', 'Truus', 'Henk', 'Annelies',
  'Joëlle', 'Maël', 'Eléonore', 'Hélène', 'Ruud', 'Marijke', 'Kees', 'Jan', 'Piet', 'Anja', 'Dirk', 'Ilse', 'Femke', 'Sem',
  'Lieke', 'Eva', 'Noah', 'Mila', 'Tess', 'Jesse', 'Finn', 'Saskia', 'Hüseyin', 'Şükrü', 'Nadia', 'Khadija', 'Ahmet', 'Ayşe',
  'Corrie', 'Riet', 'Toos', 'Bep', 'Jopie', 'Cor', 'Hennie', 'Geertje', 'Maartje', 'Sjoerd', 'Wietske', 'Siem', 'Désirée',
] as const;

export const familyNames = [
  'van der Berg', 'de Vries', 'van Dijk', 'Bakker', 'Jansen', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'de Groot',
  'Bos', 'Vos', 'Peters', 'Hendriks', 'van Leeuwen', 'Dekker', 'Brouwer', 'de Wit', 'Dijkstra', 'Çelik', 'Yılmaz',
  'El Amrani', 'Öztürk', 'Şahin', 'Ben Ali', 'Kaya', 'Bouzid', "van 't Hof", "in 't Veld", 'ter Haar', 'van den Heuvel',
  'Brüggemann', 'Müller', 'Hoogeveen', 'Kuiper', 'van der Meer', 'Verhoeven', 'Koç', 'Aydın', 'El Idrissi', 'Bakker-Çelik',
  'Janssen', 'van Vliet', 'de Jong', 'van der Linden', 'Schouten', 'Postma', 'Wijnands', 'Coşkun', 'Doğan', 'Bennani',
] as const;

export const streets = ['Kerkstraat', 'Dorpsstraat', 'Lindelaan', 'Molenweg', 'Schoolstraat', 'Julianastraat', 'Beatrixlaan', 'Stationsweg', 'Händelstraat', 'Prinses Irenestraat'] as const;
export const towns = ['Utrecht', 'Amersfoort', 'Zwolle', 'Deventer', 'Tilburg', 'Groningen', 'Leeuwarden', 'Den Bosch', 'Almere', 'Zeist'] as const;

/** A name folded to plain ASCII, for e-mail addresses. */
export function asciiFold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ı/g, 'i')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}
