import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { findPersonalData, isNationalIdNumber, redactPersonalData } from '../../src/feedback/protocol/personal-data.js';
import { makeNationalId as makeId } from '../helpers/national-id.mjs';

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
