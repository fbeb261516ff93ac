/** Names by citizenship for generated individuals, and Swedish addresses for the look-up. */
import type { Rng } from './prng.ts';

export const CITIZENSHIPS = ['Somalia', 'Syrien', 'Afghanistan', 'Eritrea', 'Irak', 'Ukraina'] as const;

const GIVEN: Record<string, { m: string[]; f: string[] }> = {
  Somalia: { m: ['Abdullahi', 'Mohamed', 'Abdirahman', 'Hassan', 'Ismail', 'Yusuf', 'Mahad'], f: ['Amina', 'Hodan', 'Fadumo', 'Ayaan', 'Hawa', 'Sahra', 'Ifrah'] },
  Syrien: { m: ['Ahmad', 'Khaled', 'Omar', 'Rami', 'Samir', 'Yusuf', 'Bilal'], f: ['Rania', 'Huda', 'Lina', 'Nour', 'Dima', 'Reem', 'Yara'] },
  Afghanistan: { m: ['Mohammad', 'Ali', 'Reza', 'Hamid', 'Jawad', 'Farid', 'Mustafa'], f: ['Fatima', 'Leyla', 'Nadia', 'Zahra', 'Maryam', 'Shabnam', 'Parisa'] },
  Eritrea: { m: ['Yonas', 'Dawit', 'Tesfaye', 'Mehari', 'Filmon', 'Habtom', 'Robel'], f: ['Senait', 'Helen', 'Luwam', 'Saba', 'Rahel', 'Selam', 'Feven'] },
  Irak: { m: ['Karim', 'Hussein', 'Ali', 'Mustafa', 'Haider', 'Ammar', 'Zaid'], f: ['Noor', 'Zainab', 'Sara', 'Maryam', 'Hiba', 'Rusul', 'Dalia'] },
  Ukraina: { m: ['Oleksandr', 'Andrii', 'Dmytro', 'Serhii', 'Mykola', 'Taras', 'Bohdan'], f: ['Olena', 'Iryna', 'Natalia', 'Oksana', 'Kateryna', 'Yulia', 'Tetiana'] },
};

const FAMILY: Record<string, string[]> = {
  Somalia: ['Farah', 'Warsame', 'Yusuf', 'Abdi', 'Osman', 'Jama', 'Hersi'],
  Syrien: ['Al-Khalil', 'Mahmoud', 'Haddad', 'Ibrahim', 'Darwish', 'Sabbagh', 'Najjar'],
  Afghanistan: ['Rahimi', 'Ahmadi', 'Karimi', 'Noori', 'Sultani', 'Moradi', 'Hashimi'],
  Eritrea: ['Tesfay', 'Haile', 'Gebre', 'Tekle', 'Kidane', 'Berhane', 'Woldu'],
  Irak: ['Al-Jabouri', 'Hassan', 'Aziz', 'Jabbari', 'Kareem', 'Salman', 'Al-Obaidi'],
  Ukraina: ['Kovalenko', 'Shevchenko', 'Petrenko', 'Bondarenko', 'Tkachenko', 'Kravchenko', 'Melnyk'],
};

export function familyName(rng: Rng, citizenship: string): string {
  return rng.pick(FAMILY[citizenship]!);
}

export function givenName(rng: Rng, citizenship: string, female: boolean): string {
  const g = GIVEN[citizenship]!;
  return rng.pick(female ? g.f : g.m);
}

/** Streets for the address look-up ("slagning mot Lantmäteriet" in the manual). */
export const ADDRESSES: readonly [string, string, string][] = [
  ['Kungsgatan 37', '111 56', 'Stockholm'],
  ['Drottninggatan 71', '111 36', 'Stockholm'],
  ['Hantverkargatan 5', '112 21', 'Stockholm'],
  ['Sveavägen 44', '111 34', 'Stockholm'],
  ['Götgatan 22', '118 46', 'Stockholm'],
  ['Fleminggatan 14', '112 26', 'Stockholm'],
  ['Birger Jarlsgatan 18', '114 34', 'Stockholm'],
  ['Sankt Eriksgatan 63', '112 34', 'Stockholm'],
  ['Vasagatan 10', '111 20', 'Stockholm'],
  ['Sundbybergsvägen 9', '171 73', 'Solna'],
  ['Storgatan 12', '172 31', 'Sundbyberg'],
  ['Kungsgatan 4', '411 19', 'Göteborg'],
  ['Östra Hamngatan 16', '411 09', 'Göteborg'],
  ['Vasagatan 43', '411 37', 'Göteborg'],
  ['Första Långgatan 28', '413 27', 'Göteborg'],
  ['Södra Förstadsgatan 26', '211 43', 'Malmö'],
  ['Stortorget 9', '211 22', 'Malmö'],
  ['Amiralsgatan 20', '211 55', 'Malmö'],
  ['Drottninggatan 5', '252 21', 'Helsingborg'],
  ['Kungsgatan 52', '753 21', 'Uppsala'],
  ['Svartbäcksgatan 8', '753 20', 'Uppsala'],
  ['Storgatan 33', '582 23', 'Linköping'],
  ['Drottninggatan 14', '602 24', 'Norrköping'],
  ['Storgatan 18', '903 26', 'Umeå'],
  ['Kungsgatan 4', '931 31', 'Skellefteå'],
  ['Storgatan 50', '831 30', 'Östersund'],
  ['Rådhusesplanaden 6', '903 28', 'Umeå'],
  ['Stora Torget 3', '831 30', 'Östersund'],
  ['Kungsgatan 10', '352 33', 'Växjö'],
  ['Östra Storgatan 20', '553 21', 'Jönköping'],
  ['Järnvägsgatan 4', '702 10', 'Örebro'],
  ['Drottninggatan 17', '702 22', 'Örebro'],
  ['Kopparbergsvägen 8', '722 13', 'Västerås'],
  ['Norra Strandgatan 3', '451 31', 'Uddevalla'],
  ['Stora Nygatan 21', '441 30', 'Alingsås'],
  ['Kungsgatan 28', '891 33', 'Örnsköldsvik'],
  ['Storgatan 3', '972 38', 'Luleå'],
  ['Smedjegatan 17', '972 33', 'Luleå'],
  ['Köpmangatan 19', '871 30', 'Härnösand'],
  ['Gävlevägen 14', '802 52', 'Gävle'],
];
