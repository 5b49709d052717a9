import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findPersonalData, isNationalIdNumber, redactPersonalData } from '../../src/feedback/protocol/personal-data.js';
import { makeNationalId as makeId } from '../helpers/national-id.mjs';
import { idnr } from '@navikt/fnrvalidator';

const kinds = (text) => findPersonalData(text).map((finding) => finding.kind);

describe('national identity numbers', () => {
  const birth = makeId('150385', 123);
  const dNumber = makeId('550385', 123); // day 15 + 40
  const hNumber = makeId('154385', 123); // month 03 + 40
  const leapDay = makeId('290296', 400);

  test('valid fødselsnummer, D-number, H-number and a leap day are recognised', () => {
    for (const id of [birth, dNumber, hNumber, leapDay]) assert.ok(isNationalIdNumber(id), id);
  });

  test('found alone, with a space or a dot, and inside a sentence', () => {
    assert.deepEqual(kinds(birth), ['national-id']);
    assert.deepEqual(kinds(`${birth.slice(0, 6)} ${birth.slice(6)}`), ['national-id']);
    assert.deepEqual(kinds(`${birth.slice(0, 6)}.${birth.slice(6)}`), ['national-id']);
    assert.deepEqual(kinds(`Fødselsnummeret mitt er ${dNumber}, kan dere ringe meg?`), ['national-id']);
    assert.deepEqual(kinds(`H-nummer: ${hNumber}.`), ['national-id']);
  });

  test('eleven digits whose control digits fail are not reported', () => {
    const wrong = birth.slice(0, 10) + String((Number(birth[10]) + 1) % 10);
    assert.equal(isNationalIdNumber(wrong), false);
    assert.deepEqual(kinds(`Saksnummer ${wrong}`), []);
    assert.deepEqual(kinds('12345678901'), []);
  });

  test('eleven digits with an impossible date are not reported', () => {
    // Valid control digits, but day 32.
    const impossible = makeId('320185', 123);
    assert.equal(isNationalIdNumber(impossible), false);
    assert.deepEqual(kinds(impossible), []);
  });

  test('longer runs of digits are not reported', () => {
    assert.deepEqual(kinds(`${birth}9`), []);
    assert.deepEqual(kinds(`9${birth}`), []);
  });
});

describe('phone numbers', () => {
  for (const phone of [
    '41234567',
    '412 34 567',
    '41 23 45 67',
    '2233 4455',
    '+47 412 34 567',
    '+4741234567',
    '0047 41234567',
    '73 86 40 00',
  ]) {
    test(`«${phone}» is a phone number`, () => {
      assert.deepEqual(kinds(`Ring meg på ${phone} etter kl. 16`), ['phone']);
    });
  }

  test('numbers starting with 0 or 1 are not Norwegian phone numbers', () => {
    assert.deepEqual(kinds('Kode 12345678'), []);
    assert.deepEqual(kinds('Kode 01234567'), []);
  });
});

describe('e-mail addresses', () => {
  test('found, including Norwegian letters', () => {
    assert.deepEqual(kinds('Skriv til ola.nordmann@example.no'), ['email']);
    assert.deepEqual(kinds('per.åsen+helse@sykehus.helse-midt.no.'), ['email']);
  });

  test('an address with digits is one finding, not a phone number too', () => {
    assert.deepEqual(kinds('kari41234567@example.no'), ['email']);
  });
});

describe('ordinary text', () => {
  const ordinary = [
    'Strategi 2020 ble vedtatt i 2010 og rullert i 2016.',
    'Møtet var 18.02.2022 kl. 10.00.',
    'Publisert 18.02.2022, oppdatert 2022-03-01.',
    'Det koster 12 500 kr, eller 1 250 000 kroner i alt.',
    'Budsjettet er på 25 000 000 kroner.',
    'Postnummer 7030 Trondheim, 6026 Ålesund.',
    'Organisasjonsnummer 983 658 776 og 983658776.',
    'Ventetiden var 45 dager i 2021 og 52 dager i 2022.',
    'Telefonnummeret til sentralbordet finner jeg ikke.',
    'Jeg lette etter besøkstider på @helse-midt (Twitter).',
  ];
  for (const text of ordinary) {
    test(`no alarm: «${text}»`, () => assert.deepEqual(kinds(text), []));
  }
});

describe('redaction', () => {
  test('replaces every finding with [fjernet] and keeps the rest', () => {
    const id = makeId('010190', 234);
    const text = `Jeg heter Kari, fnr ${id}, tlf. 412 34 567, e-post kari@example.no. Fant ikke parkering.`;
    assert.equal(
      redactPersonalData(text),
      'Jeg heter Kari, fnr [fjernet], tlf. [fjernet], e-post [fjernet]. Fant ikke parkering.',
    );
  });

  test('leaves text without personal data as it is', () => {
    assert.equal(redactPersonalData('Fant ikke besøkstidene.'), 'Fant ikke besøkstidene.');
  });
});

describe("agrees with NAV's @navikt/fnrvalidator", () => {
  // A small deterministic generator, so a failure can be reproduced.
  let seed = 20_320_101;
  const random = (n) => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed % n;
  };
  const pad = (n) => String(n).padStart(2, '0');

  test('over 200,000 numbers around valid ones: every control digit for random dates, D-, H- and test numbers', () => {
    const disagreements = [];
    let valid = 0;
    for (let base = 0; base < 2000; base++) {
      const day = 1 + random(31) + [0, 0, 40][random(3)];
      const month = 1 + random(12) + [0, 0, 40, 80][random(4)];
      const prefix = `${pad(day)}${pad(month)}${pad(random(100))}${String(random(1000)).padStart(3, '0')}`;
      for (let controls = 0; controls < 100; controls++) {
        const number = `${prefix}${pad(controls)}`;
        const ours = isNationalIdNumber(number);
        const theirs = idnr(number).status === 'valid';
        if (ours) valid++;
        if (ours !== theirs) disagreements.push(`${number}: ours ${ours}, NAV ${theirs}`);
      }
    }
    assert.deepEqual(disagreements.slice(0, 10), []);
    assert.ok(valid > 2000, `only ${valid} valid numbers generated`);
  });

  test('over 100,000 random eleven-digit numbers, including impossible dates', () => {
    const disagreements = [];
    for (let i = 0; i < 100_000; i++) {
      const number = Array.from({ length: 11 }, () => random(10)).join('');
      if (isNationalIdNumber(number) !== (idnr(number).status === 'valid')) disagreements.push(number);
    }
    assert.deepEqual(disagreements.slice(0, 10), []);
  });

  test('accepts a first control digit from the remainders 0–3 (numbers from 2032)', () => {
    const weighted = (digits, weights) => weights.reduce((total, weight, i) => total + weight * digits[i], 0);
    const found = [];
    for (let individual = 100; individual < 400 && found.length < 5; individual++) {
      const digits = [...`150385${individual}`].map(Number);
      const k1 = (11 + 2 - (weighted(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2]) % 11)) % 11; // remainder 2
      if (k1 === 10) continue;
      const k2 = (11 - (weighted([...digits, k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) % 11)) % 11;
      if (k2 === 10) continue;
      found.push(`150385${individual}${k1}${k2}`);
    }
    assert.equal(found.length, 5);
    for (const number of found) {
      assert.equal(idnr(number).status, 'valid', number);
      assert.equal(isNationalIdNumber(number), true, number);
      assert.deepEqual(kinds(`Mitt nye nummer er ${number}`), ['national-id']);
    }
  });
});

describe('disguised numbers', () => {
  const id = makeId('140387', 421);
  for (const [label, written] of [
    ['a hyphen', `${id.slice(0, 6)}-${id.slice(6)}`],
    ['spaced groups', `${id.slice(0, 2)} ${id.slice(2, 4)} ${id.slice(4, 6)} ${id.slice(6, 9)} ${id.slice(9)}`],
    ['full-width digits', [...id].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('')],
    ['zero-width spaces', [...id].join('\u200b')],
    ['no-break spaces', `${id.slice(0, 6)}\u00a0${id.slice(6)}`],
  ]) {
    test(`found and redacted whole when written with ${label}`, () => {
      assert.deepEqual(kinds(`Nummer: ${written}.`), ['national-id']);
      assert.equal(redactPersonalData(`Nummer: ${written}.`), 'Nummer: [fjernet].');
    });
  }
  test('a full-width phone number is found too', () => {
    assert.deepEqual(kinds('Ring ４１２３４５６７'), ['phone']);
  });
});
