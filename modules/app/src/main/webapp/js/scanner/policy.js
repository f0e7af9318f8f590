// The gate policy for decisions taken offline: the same rules, in the same order, as the server's
// venue/domain/GatePolicy.java (docs/adr/0012), so a gate without a network answers as the server
// would. Kept as small as the Java one; parity is tested against it (OfflineGatePageIT, and the
// unit checks in src/test/js). Pure: no DOM, no storage.

/** From this temperature (in hundredths of a degree) a person has a fever. */
const FEVER_FROM = 3730;
/** The plausible range of a measurement of a living person, hundredths of a degree, inclusive. */
const LOWEST_PLAUSIBLE = 3400;
const HIGHEST_PLAUSIBLE = 4300;

export class PolicyError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

/**
 * A temperature as the gate judges it: a decimal text within 34.0–43.0 °C with at most two
 * decimals; answers { hundredths, text } with the text as the server writes it (37 → "37.0",
 * 36.50 → "36.5"). Anything else is INVALID_TEMPERATURE: the person is measured again.
 */
export function judgedTemperature(text) {
  const match = /^\s*(\d{1,3})(?:\.(\d+))?\s*$/.exec(String(text));
  if (!match) throw new PolicyError('INVALID_TEMPERATURE');
  const fraction = (match[2] || '').replace(/0+$/, '');
  if (fraction.length > 2) throw new PolicyError('INVALID_TEMPERATURE');
  const hundredths = Number(match[1]) * 100 + Number((fraction + '00').slice(0, 2));
  if (hundredths < LOWEST_PLAUSIBLE || hundredths > HIGHEST_PLAUSIBLE) throw new PolicyError('INVALID_TEMPERATURE');
  return { hundredths, text: String(Number(match[1])) + '.' + (fraction || '0') };
}

/**
 * The decision, in GatePolicy's order: (1) implausible temperature refused; (2) a medical
 * institution admits every colour and none; (3) a fever is referred; (4) no code is referred;
 * (5) GREEN admitted, ORANGE and RED denied. temperature null: nobody measured (a bus, a taxi):
 * steps 1 and 3 do not apply and GREEN is admitted subject to the guard's measurement.
 *
 * @param category the entry point's VenueCategory
 * @param colour 'GREEN' | 'ORANGE' | 'RED' | null (no code)
 * @param temperature decimal text or null
 */
export function decide(category, colour, temperature) {
  const measured = temperature == null ? null : judgedTemperature(temperature);
  const fever = measured != null && measured.hundredths >= FEVER_FROM;
  const text = measured ? measured.text : null;
  if (category === 'MEDICAL_INSTITUTION') return decision('ADMIT', 'MEDICAL_INSTITUTION_RECORDED', colour, text, fever);
  if (fever) return decision('REFER', 'FEVER', colour, text, true);
  if (colour == null) return decision('REFER', 'NO_CODE', colour, text, false);
  if (colour === 'GREEN') {
    return decision('ADMIT', measured ? 'GREEN_NORMAL_TEMPERATURE' : 'GREEN_TEMPERATURE_NOT_MEASURED', colour, text, false);
  }
  if (colour === 'ORANGE') return decision('DENY', 'ORANGE_HOME_OBSERVATION', colour, text, false);
  if (colour === 'RED') return decision('DENY', 'RED_STRICT_CONTROL', colour, text, false);
  throw new PolicyError('UNKNOWN_COLOUR');
}

function decision(outcome, reason, colour, temperature, fever) {
  return { outcome, reason, colour: colour || null, temperature, fever };
}

/**
 * The guard's message for a decision, as the server's GateMessages builds it, from the page's
 * bundle (keys gate.*): t is the page's text function.
 */
export function gateMessage(t, result) {
  let key = 'gate.' + result.reason;
  if (result.reason === 'MEDICAL_INSTITUTION_RECORDED') {
    key += result.temperature == null ? '.unmeasured' : result.fever ? '.fever' : '';
  } else if (result.reason === 'FEVER' && result.colour && result.colour !== 'GREEN') {
    key += '.report';
  }
  return t(key, {
    colour: t('gate.colour.' + (result.colour || 'none')),
    degrees: result.temperature == null ? '' : result.temperature + ' °C',
  });
}
