import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  REFERENCE_ALPHABET,
  REFERENCE_PATTERN,
  checkCharacter,
  formatReference,
  generateReference,
  isReference,
  parseReference,
} from '../src/reference.ts';
import type { ReferenceParseResult, ReferenceProblem } from '../src/reference.ts';

/** A reproducible byte source (xorshift32), so a failure can be replayed. */
function seededBytes(seed: number): (n: number) => Uint8Array {
  let state = seed >>> 0 || 1;
  return (n) => {
    const bytes = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      state ^= state << 13;
      state >>>= 0;
      state ^= state >>> 17;
      state ^= state << 5;
      state >>>= 0;
      bytes[i] = state & 0xff;
    }
    return bytes;
  };
}

function problemOf(result: ReferenceParseResult): ReferenceProblem {
  assert.equal(result.ok, false, `expected a problem, got ${JSON.stringify(result)}`);
  if (result.ok) throw new Error('unreachable');
  return result.problem;
}

function bodyOf(reference: string): string {
  return reference.slice(reference.indexOf('-') + 1).replace('-', '');
}

function withBody(prefix: string, body: string): string {
  return `${prefix}-${body.slice(0, 4)}-${body.slice(4)}`;
}

/** Damm over GF(32) written out independently, so the algorithm itself is pinned, not just self-consistent. */
function independentCheck(body7: string): string {
  const multiply = (x: number, y: number) => {
    let product = 0;
    for (let bit = 4; bit >= 0; bit--) {
      product <<= 1;
      if (product & 32) product ^= 0b100101;
      if ((y >> bit) & 1) product ^= x;
    }
    return product;
  };
  let interim = 0;
  for (const symbol of body7) interim = multiply(2, interim) ^ REFERENCE_ALPHABET.indexOf(symbol);
  return REFERENCE_ALPHABET.charAt(multiply(2, interim));
}

// A fixed, valid reference: 7K3D9QX is followed by the check character 6.
const VALID = 'MOH-7K3D-9QX6';

describe('generated references', () => {
  const prefixes = ['MOH', 'DVLA', 'CRO', 'AB', 'ABCDE'];
  const references = Array.from({ length: 10_000 }, (_, i) => generateReference(prefixes[i % prefixes.length]!));

  test('all match the canonical pattern, parse back to themselves and are distinct', () => {
    for (const reference of references) {
      assert.match(reference, REFERENCE_PATTERN);
      const result = parseReference(reference);
      assert.deepEqual(result, {
        ok: true,
        reference,
        prefix: reference.slice(0, reference.indexOf('-')),
        body: bodyOf(reference),
      });
      assert.equal(isReference(reference), true);
    }
    // 35 random bits: among 10,000 references one repeated pair turns up about once in 700 runs
    // (the stores retry on a collision), two almost never; a weak generator repeats far more.
    assert.ok(references.length - new Set(references).size <= 1, 'references repeat more than chance allows');
  });

  test('are not sequential: successive bodies go up about as often as down, with no long sorted runs', () => {
    const bodies = references.map(bodyOf);
    let ascents = 0;
    let run = 1;
    let longestRun = 1;
    for (let i = 1; i < bodies.length; i++) {
      const up = bodies[i]! > bodies[i - 1]!;
      if (up) ascents++;
      run = up ? run + 1 : 1;
      longestRun = Math.max(longestRun, run);
    }
    // Random order: ~50% ascents (sd ≈ 0.3%), longest ascending run about 7.
    assert.ok(ascents > 4_500 && ascents < 5_500, `${ascents} ascents out of ${bodies.length - 1}`);
    assert.ok(longestRun <= 12, `an ascending run of ${longestRun} references`);
  });

  test('every symbol appears at every body position with roughly uniform frequency', () => {
    const bodies = references.map(bodyOf);
    for (let position = 0; position < 8; position++) {
      const counts = new Map<string, number>();
      for (const body of bodies) counts.set(body[position]!, (counts.get(body[position]!) ?? 0) + 1);
      for (const symbol of REFERENCE_ALPHABET) {
        // Expected 312.5 each, sd ≈ 17.4: the bounds are about 6 sd out.
        const count = counts.get(symbol) ?? 0;
        assert.ok(count > 200 && count < 430, `${symbol} appears ${count} times at position ${position + 1}`);
      }
    }
  });
});

describe('check character', () => {
  const references = Array.from({ length: 2_000 }, (_, i) => generateReference('MOH', seededBytes(i + 1)));

  test('follows Damm over GF(32) with x^5 + x^2 + 1 and multiplier 2', () => {
    // By hand: the interim after 1,0,0,0,0,0,0 is x^6 = x^3 + x (10); 2 ⊗ 10 = 20 = M.
    assert.equal(checkCharacter('1000000'), 'M');
    assert.equal(checkCharacter('0000000'), '0');
    assert.equal(checkCharacter('7K3D9QX'), '6');
    for (const reference of references) {
      const body = bodyOf(reference);
      assert.equal(checkCharacter(body.slice(0, 7)), independentCheck(body.slice(0, 7)));
      assert.equal(body[7], checkCharacter(body.slice(0, 7)));
    }
  });

  test('catches every single-character substitution in every position', () => {
    for (const reference of references) {
      const body = bodyOf(reference);
      for (let position = 0; position < 8; position++) {
        for (const symbol of REFERENCE_ALPHABET) {
          if (symbol === body[position]) continue;
          const typo = body.slice(0, position) + symbol + body.slice(position + 1);
          const problem = problemOf(parseReference(withBody('MOH', typo)));
          assert.equal(problem.code, 'check_failed', `${typo} from ${body}`);
          // Only one character at a position can pass, so a suggestion there is the original.
          for (const suggestion of problem.suggestions ?? []) {
            if (suggestion.position === position) assert.equal(suggestion.replacement, body[position]);
          }
        }
      }
    }
  });

  test('catches every swap of two different neighbouring characters', () => {
    let swaps = 0;
    for (const reference of references) {
      const body = bodyOf(reference);
      for (let position = 0; position < 7; position++) {
        const [a, b] = [body[position]!, body[position + 1]!];
        if (a === b) continue;
        const swapped = body.slice(0, position) + b + a + body.slice(position + 2);
        assert.equal(problemOf(parseReference(withBody('MOH', swapped))).code, 'check_failed', `${swapped} from ${body}`);
        swaps++;
      }
    }
    assert.ok(swaps > 13_000, `only ${swaps} swaps tried`);
  });

  test('suggests the original character when a commonly confused one was typed', () => {
    const pairs = [['5', 'S'], ['S', '5'], ['0', 'D'], ['Q', '0'], ['1', '7'], ['Z', '2'], ['8', 'B'], ['G', '6'], ['M', 'N'], ['W', 'V'], ['P', 'B']];
    for (const reference of references) {
      const body = bodyOf(reference);
      for (const [meant, typed] of pairs) {
        for (let position = 0; position < 8; position++) {
          if (body[position] !== meant) continue;
          const typo = body.slice(0, position) + typed + body.slice(position + 1);
          const problem = problemOf(parseReference(withBody('MOH', typo)));
          assert.ok(
            problem.suggestions?.some((s) => s.position === position && s.found === typed && s.replacement === meant),
            `${typo}: ${JSON.stringify(problem.suggestions)}`,
          );
        }
      }
    }
  });

  test('names an S typed for 5 in the message, position and character', () => {
    let checked = 0;
    for (const reference of references) {
      const body = bodyOf(reference);
      const position = body.indexOf('5');
      if (position < 0) continue;
      const typo = body.slice(0, position) + 's' + body.slice(position + 1);
      const problem = problemOf(parseReference(withBody('moh', typo)));
      assert.equal(problem.code, 'check_failed');
      const first = problem.suggestions?.[0];
      if (problem.suggestions?.length !== 1 || first === undefined) continue;
      assert.deepEqual(first, { position, found: 's', replacement: '5' });
      assert.equal(problem.position, position);
      assert.equal(problem.character, 's');
      const ordinal = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th', '8th'][position];
      assert.match(problem.message, new RegExp(`the ${ordinal} character after MOH- may be "s" where "5" was meant`));
      checked++;
    }
    assert.ok(checked > 50, `only ${checked} references had a lone suggestion`);
  });

  test('says a character is mistyped when no plausible correction exists', () => {
    // Y is confusable with nothing, so a Y typed over another character often leaves no plausible fix.
    const candidates = references.map(bodyOf).filter((body) => body[0] !== 'Y').map((body) => 'Y' + body.slice(1));
    const lone = candidates
      .map((body) => problemOf(parseReference(withBody('MOH', body))))
      .find((problem) => problem.code === 'check_failed' && problem.suggestions?.length === 0);
    assert.ok(lone, 'some typo has no confusable correction');
    assert.match(lone.message, /one character is mistyped/);
    assert.equal(lone.position, undefined);
  });
});

describe('parseReference reads what citizens type', () => {
  const canonical = { ok: true, reference: VALID, prefix: 'MOH', body: '7K3D9QX6' };

  for (const input of [
    'moh-7k3d-9qx6',
    '  MOH 7K3D 9QX6  ',
    'MOH7K3D9QX6',
    'MOH-7K3D9QX6',
    'moh.7k3d_9qx6',
    'MOH – 7K3D – 9QX6', // en dashes, as phones autocorrect
    'MO H 7K3D 9QX6',
    '\u200fMOH-7K3D-9QX6\u200e', // direction marks pasted from right-to-left text
    'MOH\r\n7K3D\t9QX6', // a line break pasted from an email
    'ＭＯＨ－７Ｋ３Ｄ－９ＱＸ６', // fullwidth, from a CJK keyboard
  ]) {
    test(`${JSON.stringify(input)} is ${VALID}`, () => {
      assert.deepEqual(parseReference(input), canonical);
    });
  }

  test('O, I and L in the body are read as 0 and 1', () => {
    const body7 = '10K10D0';
    const reference = withBody('CRO', body7 + checkCharacter(body7));
    const typed = `cro IoKl OD-o${reference.slice(-1).toLowerCase()}`;
    assert.deepEqual(parseReference(typed), { ok: true, reference, prefix: 'CRO', body: bodyOf(reference) });
  });

  test('the prefix must be one of options.prefixes when given, in any case', () => {
    assert.deepEqual(parseReference('moh 7k3d 9qx6', { prefixes: ['moh', 'CRO'] }), canonical);
    const problem = problemOf(parseReference('DVLA-7K3D-9QX6', { prefixes: ['MOH', 'CRO'] }));
    assert.equal(problem.code, 'bad_prefix');
    assert.match(problem.message, /"DVLA"/);
    assert.match(problem.message, /MOH, CRO/);
    assert.equal(problem.position, undefined);
    // A malformed entry in the list is not a prefix anyone can hold.
    assert.equal(problemOf(parseReference('M0H-7K3D-9QX6', { prefixes: ['M0H'] })).code, 'bad_prefix');
    // A known prefix also tells where the body starts when nothing separates them.
    assert.equal(problemOf(parseReference('MOH7K3D9QX', { prefixes: ['MOH'] })).message, 'Found 7 characters after MOH-, but a reference has 8 (two groups of 4).');
  });
});

describe('parseReference says what is wrong', () => {
  const cases: Array<{ input: string; code: string; position?: number; character?: string; message: RegExp }> = [
    { input: '', code: 'empty', message: /No reference/ },
    { input: '   ', code: 'empty', message: /No reference/ },
    { input: ' - . ', code: 'empty', message: /No reference/ },
    { input: 'MOH-7K3D-9QU6', code: 'bad_character', position: 6, character: 'U', message: /7th character after MOH- is "U": the letter U is never used/ },
    { input: 'moh-7k3d-9qxu', code: 'bad_character', position: 7, character: 'u', message: /8th character after MOH- is "u"/ },
    { input: 'MOH-7K*D-9QX6', code: 'bad_character', position: 2, character: '*', message: /3rd character after MOH- is "\*"/ },
    { input: 'MOH-7K3D-9🙂X6', code: 'bad_character', position: 5, character: '🙂', message: /6th character after MOH- is "🙂" \(U\+1F642\)/ },
    { input: 'MOH-7K3D-9QX👍🏽', code: 'bad_character', position: 7, character: '👍🏽', message: /8th character/ },
    { input: 'MOH-7K3D-9QX', code: 'bad_length', message: /^Found 7 characters after MOH-, but a reference has 8/ },
    { input: 'MOH-7K3D-9QX66', code: 'bad_length', message: /^Found 9 characters after MOH-, but a reference has 8/ },
    { input: 'MOH7K3D9QX66', code: 'bad_length', message: /^Found 9 characters after MOH-/ },
    { input: 'MOH', code: 'bad_length', message: /^Found 0 characters after MOH-/ },
    { input: '7K3D-9QX6', code: 'bad_prefix', message: /no ministry prefix/ },
    { input: 'KKKK-9QX6', code: 'bad_prefix', message: /no ministry prefix/ },
    { input: 'M-7K3D-9QX6', code: 'bad_prefix', message: /"M" is not a ministry prefix/ },
    { input: 'MINIST-7K3D-9QX6', code: 'bad_prefix', message: /"MINIST" is not a ministry prefix/ },
    { input: 'M0H-7K3D-9QX6', code: 'bad_prefix', message: /"M0H" is not a ministry prefix/ },
    { input: 'MOH-7K3D-9XQ6', code: 'check_failed', message: /fails its check/ },
  ];
  for (const { input, code, position, character, message } of cases) {
    test(`${JSON.stringify(input)} → ${code}`, () => {
      const problem = problemOf(parseReference(input));
      assert.equal(problem.code, code);
      assert.equal(problem.position, position);
      assert.equal(problem.character, character);
      assert.match(problem.message, message);
      assert.equal(isReference(input), false);
    });
  }

  test('never throws, whatever it is given', () => {
    const inputs: unknown[] = [undefined, null, 42, {}, '\u0000', '\ud800', '-'.repeat(10_000), 'A'.repeat(10_000), '🙂'.repeat(50)];
    for (const input of inputs) {
      assert.equal(parseReference(input as string).ok, false);
      // A prefixes option that is not a list is ignored rather than thrown on.
      assert.equal(parseReference(VALID, { prefixes: input as string[] }).ok, true);
    }
  });
});

describe('generateReference and formatReference', () => {
  test('an injected byte source gives a deterministic reference, using the low 5 bits of 7 bytes', () => {
    const asked: number[] = [];
    const bytes = (n: number) => {
      asked.push(n);
      return Uint8Array.of(0, 1, 2, 3, 4, 5, 6);
    };
    // By hand: folding 0,1,2,3,4,5,6 leaves 4; the check is 2 ⊗ 4 = 8.
    assert.equal(generateReference('MOH', bytes), 'MOH-0123-4568');
    assert.deepEqual(asked, [7]);
    assert.equal(generateReference('MOH', () => Uint8Array.of(32, 33, 34, 35, 36, 37, 38)), 'MOH-0123-4568');
    assert.equal(generateReference('DVLA', seededBytes(7)), generateReference('DVLA', seededBytes(7)));
    assert.notEqual(generateReference('DVLA', seededBytes(7)), generateReference('DVLA', seededBytes(8)));
  });

  test('bad prefixes and short byte sources throw RangeError', () => {
    for (const prefix of ['', 'M', 'MINIST', 'M0H', 'moh', 'MÖH', 'MO H']) {
      assert.throws(() => generateReference(prefix), RangeError, prefix);
    }
    assert.throws(() => generateReference('MOH', () => new Uint8Array(6)), RangeError);
  });

  test('formatReference writes the canonical form and rejects what is not a reference', () => {
    assert.equal(formatReference('moh', '7k3d9qx6'), VALID);
    assert.throws(() => formatReference('MOH', '7K3D9QX'), RangeError);
    assert.throws(() => formatReference('MOH', '7K3D9QXU'), RangeError);
    assert.throws(() => formatReference('M', '7K3D9QX6'), RangeError);
  });

  test('checkCharacter rejects anything but 7 canonical characters', () => {
    for (const body7 of ['', '7K3D9Q', '7K3D9QXX', '7k3d9qx', '7K3D9QU']) {
      assert.throws(() => checkCharacter(body7), RangeError, body7);
    }
  });
});
