//! Word lists for the extractor, written for this project from ordinary English usage:
//! unit names and symbols, currencies, qualifier phrases, change verbs and the function
//! words that end a counted noun phrase. Lookups take lower-cased words unless a pattern
//! is marked case-sensitive (symbols such as "M", "W", "GB" whose case carries meaning).

use std::collections::HashMap;
use std::sync::OnceLock;

/// What a unit measures, as far as the extractor needs to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitClass {
    /// A physical or abstract measure (km, kg, mph, points).
    Measure,
    /// Time spans (years, days): measures that also make ages and durations.
    Time,
    Percent,
    /// Money, with an ISO 4217 code where one is known (empty when not).
    Currency(&'static str),
}

/// One unit spelling: `pattern` is a space-separated list of tokens (words, or single
/// symbols such as `/`, `-`, `°`), matched case-insensitively unless `exact`.
#[derive(Debug, Clone, Copy)]
pub struct UnitDef {
    pub pattern: &'static str,
    pub name: &'static str,
    pub class: UnitClass,
    pub exact: bool,
    /// Only when written right against the number ("5W", "3min", "45g").
    pub attached_only: bool,
}

const fn u(pattern: &'static str, name: &'static str, class: UnitClass) -> UnitDef {
    UnitDef {
        pattern,
        name,
        class,
        exact: false,
        attached_only: false,
    }
}

/// Case-sensitive symbol.
const fn s(pattern: &'static str, name: &'static str, class: UnitClass) -> UnitDef {
    UnitDef {
        pattern,
        name,
        class,
        exact: true,
        attached_only: false,
    }
}

/// Case-sensitive symbol that must touch the number.
const fn a(pattern: &'static str, name: &'static str, class: UnitClass) -> UnitDef {
    UnitDef {
        pattern,
        name,
        class,
        exact: true,
        attached_only: true,
    }
}

use UnitClass::{Measure as M, Percent as P, Time as T};

const fn c(pattern: &'static str, name: &'static str, code: &'static str) -> UnitDef {
    u(pattern, name, UnitClass::Currency(code))
}

const fn cs(pattern: &'static str, name: &'static str, code: &'static str) -> UnitDef {
    s(pattern, name, UnitClass::Currency(code))
}

/// Units written after a number.
pub const UNITS: &[UnitDef] = &[
    // Percent and points.
    s("%", "percentage", P),
    u("percent", "percentage", P),
    u("per cent", "percentage", P),
    u("per - cent", "percentage", P),
    u("pct", "percentage", P),
    s("pc", "percentage", P),
    u("percentage points", "percentage point", M),
    u("percentage point", "percentage point", M),
    u("percent - owned", "percentage", P),
    u("points", "point", M),
    u("point", "point", M),
    u("pts", "point", M),
    u("basis points", "basis point", M),
    u("basis point", "basis point", M),
    s("bps", "basis point", M),
    a("pp", "percentage point", M),
    a("bp", "basis point", M),
    a("yo", "year of age", M),
    // Length.
    u("km", "kilometre", M),
    u("kms", "kilometre", M),
    u("kilometer", "kilometre", M),
    u("kilometers", "kilometre", M),
    u("kilometre", "kilometre", M),
    u("kilometres", "kilometre", M),
    s("m", "metre", M),
    u("meter", "metre", M),
    u("meters", "metre", M),
    u("metre", "metre", M),
    u("metres", "metre", M),
    s("cm", "centimetre", M),
    u("centimeter", "centimetre", M),
    u("centimeters", "centimetre", M),
    u("centimetre", "centimetre", M),
    u("centimetres", "centimetre", M),
    s("mm", "millimetre", M),
    u("millimeter", "millimetre", M),
    u("millimeters", "millimetre", M),
    u("millimetre", "millimetre", M),
    u("millimetres", "millimetre", M),
    s("μm", "micrometre", M),
    s("µm", "micrometre", M),
    u("micrometer", "micrometre", M),
    u("micrometers", "micrometre", M),
    u("micrometre", "micrometre", M),
    u("micrometres", "micrometre", M),
    u("microns", "micrometre", M),
    u("micron", "micrometre", M),
    s("nm", "nanometre", M),
    u("nanometers", "nanometre", M),
    u("nanometer", "nanometre", M),
    u("nanometre", "nanometre", M),
    u("nanometres", "nanometre", M),
    u("mi", "mile", M),
    u("mile", "mile", M),
    u("miles", "mile", M),
    u("nautical miles", "nautical mile", M),
    u("nautical mile", "nautical mile", M),
    u("ft", "foot", M),
    u("foot", "foot", M),
    u("feet", "foot", M),
    u("inch", "inch", M),
    u("inches", "inch", M),
    u("yard", "yard", M),
    u("yards", "yard", M),
    s("yd", "yard", M),
    u("light - years", "light year", M),
    u("light - year", "light year", M),
    u("light years", "light year", M),
    u("light year", "light year", M),
    // Primes right after a number: 25.5″ (inches), 6′ (feet).
    a("″", "inch", M),
    a("′", "foot", M),
    // Area and volume.
    u("sq m", "square metre", M),
    u("sq . m", "square metre", M),
    u("square metres", "square metre", M),
    u("square meters", "square metre", M),
    u("square metre", "square metre", M),
    u("square meter", "square metre", M),
    s("m ²", "square metre", M),
    // Powers written without superscripts, glued: "32m2", "1,200 km2".
    s("m 2", "square metre", M),
    s("m 3", "cubic metre", M),
    s("km 2", "square kilometre", M),
    s("cm 2", "square centimetre", M),
    s("cm 3", "cubic centimetre", M),
    s("mm 2", "square millimetre", M),
    s("ft 2", "square foot", M),
    s("µg / m ³", "microgram per cubic metre", M),
    s("μg / m ³", "microgram per cubic metre", M),
    s("m ³", "cubic metre", M),
    u("sq km", "square kilometre", M),
    u("square kilometres", "square kilometre", M),
    u("square kilometers", "square kilometre", M),
    u("square kilometre", "square kilometre", M),
    u("square kilometer", "square kilometre", M),
    s("km ²", "square kilometre", M),
    u("square miles", "square mile", M),
    u("square mile", "square mile", M),
    u("sq mi", "square mile", M),
    u("sq miles", "square mile", M),
    u("sq mile", "square mile", M),
    u("sq metres", "square metre", M),
    u("sq meters", "square metre", M),
    u("sq feet", "square foot", M),
    u("square feet", "square foot", M),
    u("square foot", "square foot", M),
    u("square - foot", "square foot", M),
    u("square - feet", "square foot", M),
    u("square - metre", "square metre", M),
    u("square - meter", "square metre", M),
    u("square - mile", "square mile", M),
    u("square - kilometre", "square kilometre", M),
    u("square - kilometer", "square kilometre", M),
    u("sq ft", "square foot", M),
    u("sq . ft", "square foot", M),
    u("cubic feet", "cubic foot", M),
    u("cubic inches", "cubic inch", M),
    u("cubic inch", "cubic inch", M),
    u("cubic yards", "cubic yard", M),
    u("cubic yard", "cubic yard", M),
    u("cubic centimetres", "cubic centimetre", M),
    u("cubic centimeters", "cubic centimetre", M),
    s("cc", "cubic centimetre", M),
    u("square inches", "square inch", M),
    u("square inch", "square inch", M),
    u("sq in", "square inch", M),
    u("square yards", "square yard", M),
    u("square yard", "square yard", M),
    u("cubic foot", "cubic foot", M),
    u("cubic metres", "cubic metre", M),
    u("cubic meters", "cubic metre", M),
    u("cubic metre", "cubic metre", M),
    u("acres", "acre", M),
    u("acre", "acre", M),
    u("hectares", "hectare", M),
    u("hectare", "hectare", M),
    s("ha", "hectare", M),
    u("litre", "litre", M),
    u("litres", "litre", M),
    u("liter", "litre", M),
    u("liters", "litre", M),
    a("l", "litre", M),
    s("L", "litre", M),
    s("ml", "millilitre", M),
    s("mL", "millilitre", M),
    u("millilitres", "millilitre", M),
    u("milliliters", "millilitre", M),
    u("gallons", "gallon", M),
    u("gallon", "gallon", M),
    u("barrels", "barrel", M),
    s("bbl", "barrel", M),
    u("barrel", "barrel", M),
    u("barrels of oil", "barrel of oil", M),
    u("fluid ounces", "fluid ounce", M),
    u("fl oz", "fluid ounce", M),
    u("fl . oz", "fluid ounce", M),
    u("fluid ounce", "fluid ounce", M),
    u("pints", "pint", M),
    u("pint", "pint", M),
    u("quarts", "quart", M),
    u("quart", "quart", M),
    // Mass.
    u("kg", "kilogram", M),
    u("kgs", "kilogram", M),
    u("kilogram", "kilogram", M),
    u("kilograms", "kilogram", M),
    u("kilos", "kilogram", M),
    s("g", "gram", M),
    u("gram", "gram", M),
    u("grams", "gram", M),
    s("mg", "milligram", M),
    u("milligrams", "milligram", M),
    s("µg", "microgram", M),
    s("μg", "microgram", M),
    u("mcg", "microgram", M),
    u("micrograms", "microgram", M),
    u("stone", "stone", M),
    a("st", "stone", M),
    u("bpd", "barrel per day", M),
    s("b / d", "barrel per day", M),
    u("square centimetres", "square centimetre", M),
    u("square centimeters", "square centimetre", M),
    u("square centimetre", "square centimetre", M),
    u("square centimeter", "square centimetre", M),
    u("milligram", "milligram", M),
    u("lb", "pound-mass", M),
    u("lbs", "pound-mass", M),
    u("tonnes", "metric ton", M),
    u("tonne", "metric ton", M),
    u("metric tons", "metric ton", M),
    u("metric ton", "metric ton", M),
    u("tons", "ton", M),
    u("ton", "ton", M),
    a("t", "metric ton", M),
    u("ounces", "ounce", M),
    u("ounce", "ounce", M),
    u("oz", "ounce", M),
    // Time.
    u("seconds", "second", T),
    u("second", "second", T),
    u("secs", "second", T),
    u("sec", "second", T),
    a("s", "second", T),
    u("milliseconds", "millisecond", T),
    u("microseconds", "microsecond", T),
    u("nanoseconds", "nanosecond", T),
    s("ms", "millisecond", T),
    u("minutes", "minute", T),
    u("minute", "minute", T),
    u("mins", "minute", T),
    u("min", "minute", T),
    u("hours", "hour", T),
    u("hour", "hour", T),
    s("hrs", "hour", T),
    s("hr", "hour", T),
    s("Hrs", "hour", T),
    s("HR", "home run", M),
    s("RBI", "run batted in", M),
    s("RBIs", "run batted in", M),
    a("h", "hour", T),
    u("days", "day", T),
    u("day", "day", T),
    u("weeks", "week", T),
    u("week", "week", T),
    u("months", "month", T),
    u("month", "month", T),
    u("years", "year", T),
    u("year", "year", T),
    u("yrs", "year", T),
    u("decades", "decade", T),
    u("decade", "decade", T),
    u("centuries", "century", T),
    u("century", "century", T),
    u("years old", "year of age", M),
    u("year - old", "year of age", M),
    u("years - old", "year of age", M),
    u("- year - old", "year of age", M),
    u("year old", "year of age", M),
    u("months old", "month of age", M),
    u("month - old", "month of age", M),
    u("months - old", "month of age", M),
    u("- month - old", "month of age", M),
    u("month old", "month of age", M),
    u("weeks old", "week of age", M),
    u("week - old", "week of age", M),
    u("- week - old", "week of age", M),
    u("days old", "day of age", M),
    u("day - old", "day of age", M),
    u("- day - old", "day of age", M),
    // Speed, consumption.
    u("mph", "mile per hour", M),
    u("miles per hour", "mile per hour", M),
    u("miles an hour", "mile per hour", M),
    u("km / h", "kilometre per hour", M),
    u("km / hr", "kilometre per hour", M),
    u("kph", "kilometre per hour", M),
    u("kmh", "kilometre per hour", M),
    u("kilometres per hour", "kilometre per hour", M),
    u("kilometers per hour", "kilometre per hour", M),
    u("kilometres an hour", "kilometre per hour", M),
    u("kilometers an hour", "kilometre per hour", M),
    s("m / s", "metre per second", M),
    u("metres per second", "metre per second", M),
    u("meters per second", "metre per second", M),
    u("knots", "knot", M),
    u("mpg", "mile per gallon", M),
    u("miles per gallon", "mile per gallon", M),
    u("rpm", "revolutions per minute", M),
    // Power, energy, electricity.
    s("W", "watt", M),
    u("watts", "watt", M),
    u("watt", "watt", M),
    s("kW", "kilowatt", M),
    s("KW", "kilowatt", M),
    s("kw", "kilowatt", M),
    u("kilowatts", "kilowatt", M),
    u("kilowatt", "kilowatt", M),
    s("MW", "megawatt", M),
    u("megawatts", "megawatt", M),
    u("megawatt", "megawatt", M),
    s("GW", "gigawatt", M),
    u("gigawatts", "gigawatt", M),
    u("gigawatt", "gigawatt", M),
    u("kwh", "kilowatt hour", M),
    u("kilowatt - hours", "kilowatt hour", M),
    u("kilowatt hours", "kilowatt hour", M),
    u("kilowatt - hour", "kilowatt hour", M),
    u("kilowatt hour", "kilowatt hour", M),
    u("mwh", "megawatt hour", M),
    u("megawatt - hours", "megawatt hour", M),
    u("megawatt hours", "megawatt hour", M),
    u("megawatt - hour", "megawatt hour", M),
    u("megawatt hour", "megawatt hour", M),
    u("gwh", "gigawatt hour", M),
    u("gigawatt - hours", "gigawatt hour", M),
    u("gigawatt hours", "gigawatt hour", M),
    u("gigawatt - hour", "gigawatt hour", M),
    u("gigawatt hour", "gigawatt hour", M),
    u("twh", "terawatt hour", M),
    u("terawatt - hours", "terawatt hour", M),
    u("terawatt hours", "terawatt hour", M),
    u("terawatt - hour", "terawatt hour", M),
    u("terawatt hour", "terawatt hour", M),
    u("mah", "milliampere-hour", M),
    u("milliamp hours", "milliampere-hour", M),
    u("milliampere hours", "milliampere-hour", M),
    u("hp", "horsepower", M),
    s("WAR", "win above replacement", M),
    s("ERA", "earned run average", M),
    a("in", "inch", M),
    a("s", "second", T),
    u("working days", "working day", T),
    u("working day", "working day", T),
    u("business days", "business day", T),
    u("business day", "business day", T),
    u("horsepower", "horsepower", M),
    u("bhp", "brake horsepower", M),
    s("PS", "horsepower", M),
    s("V", "volt", M),
    u("volts", "volt", M),
    u("volt", "volt", M),
    s("kV", "kilovolt", M),
    s("A", "ampere", M),
    u("amps", "ampere", M),
    u("amperes", "ampere", M),
    u("a / cm 2", "ampere per square centimetre", M),
    s("F", "°F", M),
    u("farads", "farad", M),
    u("nm", "newton metre", M),
    s("Nm", "newton metre", M),
    u("newton metres", "newton metre", M),
    u("newton meters", "newton metre", M),
    // The symbol "lb-ft" names the foot pound-force; spelled "pound-feet" stays as written.
    u("lb - ft", "foot pound-force", M),
    u("lb . ft", "foot pound-force", M),
    u("ft - lb", "foot pound-force", M),
    u("ft - lbs", "foot pound-force", M),
    u("foot - pounds", "foot pound-force", M),
    u("foot - pound", "foot pound-force", M),
    u("btu", "british thermal unit", M),
    u("btus", "british thermal unit", M),
    u("british thermal units", "british thermal unit", M),
    u("mmbtu", "mega british thermal unit", M),
    u("mmbtus", "mega british thermal unit", M),
    s("kN", "kilonewton", M),
    u("kilonewtons", "kilonewton", M),
    u("newtons", "newton", M),
    s("mA", "milliampere", M),
    u("milliamps", "milliampere", M),
    u("milliamperes", "milliampere", M),
    s("Wh", "watt hour", M),
    u("watt - hours", "watt hour", M),
    u("watt hours", "watt hour", M),
    s("mW", "milliwatt", M),
    u("milliwatts", "milliwatt", M),
    s("TW", "terawatt", M),
    u("terawatts", "terawatt", M),
    s("Pa", "pascal", M),
    u("pascals", "pascal", M),
    s("Ω", "ohm", M),
    u("ohms", "ohm", M),
    s("kΩ", "kilohm", M),
    s("lm", "lumen", M),
    u("lumens", "lumen", M),
    s("lx", "lux", M),
    s("Bq", "becquerel", M),
    u("becquerels", "becquerel", M),
    s("Gy", "gray", M),
    s("Sv", "sievert", M),
    u("sieverts", "sievert", M),
    s("mSv", "millisievert", M),
    u("millisieverts", "millisievert", M),
    u("candela", "candela", M),
    s("Wb", "weber", M),
    u("teslas", "tesla", M),
    u("coulombs", "coulomb", M),
    s("eV", "electronvolt", M),
    u("electronvolts", "electronvolt", M),
    u("electron volts", "electronvolt", M),
    s("keV", "kiloelectronvolt", M),
    s("MeV", "megaelectronvolt", M),
    s("GeV", "gigaelectronvolt", M),
    s("TeV", "teraelectronvolt", M),
    s("THz", "terahertz", M),
    s("kbps", "kilobit per second", M),
    s("Kbps", "kilobit per second", M),
    s("b", "bit", M),
    u("bits", "bit", M),
    u("bytes", "byte", M),
    u("kilobits", "kilobit", M),
    u("megabits", "megabit", M),
    u("gigabits", "gigabit", M),
    s("Gt", "gigatonne", M),
    u("gigatonnes", "gigatonne", M),
    u("gigatons", "gigatonne", M),
    s("cl", "centilitre", M),
    u("centilitres", "centilitre", M),
    s("dl", "decilitre", M),
    u("decilitres", "decilitre", M),
    u("mmhg", "millimetre of mercury", M),
    u("carats", "carat", M),
    u("fps", "frame per second", M),
    u("bpm", "beat per minute", M),
    u("ppt", "parts-per-trillion", M),
    u("parts per trillion", "parts-per-trillion", M),
    s("IU", "international unit", M),
    u("wks", "week", T),
    u("wk", "week", T),
    s("µs", "microsecond", T),
    s("μs", "microsecond", T),
    s("ns", "nanosecond", T),
    u("kelvin", "kelvin", M),
    u("kelvins", "kelvin", M),
    s("mol", "mole", M),
    s("mmol", "millimole", M),
    s("AU", "astronomical unit", M),
    u("astronomical units", "astronomical unit", M),
    u("astronomical unit", "astronomical unit", M),
    s("t / ha", "metric ton per hectare", M),
    u("tonnes per hectare", "metric ton per hectare", M),
    u("tonnes a hectare", "metric ton per hectare", M),
    // Kitchen measures.
    u("tsp", "teaspoon", M),
    u("tsps", "teaspoon", M),
    u("teaspoons", "teaspoon", M),
    u("teaspoon", "teaspoon", M),
    u("tbsp", "tablespoon", M),
    u("tbsps", "tablespoon", M),
    u("tablespoons", "tablespoon", M),
    u("tablespoon", "tablespoon", M),
    a("Ah", "ampere-hour", M),
    u("amp hours", "ampere-hour", M),
    u("ampere hours", "ampere-hour", M),
    s("bar", "bar", M),
    s("hPa", "hectopascal", M),
    u("hectopascals", "hectopascal", M),
    u("millibars", "millibar", M),
    u("kilotons", "kiloton", M),
    u("kilotonnes", "kiloton", M),
    u("megatons", "megaton", M),
    u("megatonnes", "megaton", M),
    u("pound - feet", "pound-foot", M),
    u("pound - foot", "pound-foot", M),
    u("joules", "joule", M),
    s("J", "joule", M),
    s("kJ", "kilojoule", M),
    u("calories", "calorie", M),
    u("kcal", "kilocalorie", M),
    // Frequency, pressure, sound, data.
    u("hz", "hertz", M),
    u("hertz", "hertz", M),
    u("khz", "kilohertz", M),
    u("mhz", "megahertz", M),
    u("ghz", "gigahertz", M),
    u("gpa", "gigapascal", M),
    u("gigapascals", "gigapascal", M),
    u("mpa", "megapascal", M),
    u("kpa", "kilopascal", M),
    u("psi", "pound per square inch", M),
    u("db", "decibel", M),
    u("decibels", "decibel", M),
    u("decibel", "decibel", M),
    s("GB", "gigabyte", M),
    a("gb", "gigabyte", M),
    a("tb", "terabyte", M),
    u("gigabytes", "gigabyte", M),
    s("MB", "megabyte", M),
    u("megabytes", "megabyte", M),
    s("TB", "terabyte", M),
    u("terabytes", "terabyte", M),
    s("PB", "petabyte", M),
    s("MP", "megapixel", M),
    u("megapixels", "megapixel", M),
    u("megapixel", "megapixel", M),
    u("petabytes", "petabyte", M),
    s("KB", "kilobyte", M),
    s("kB", "kilobyte", M),
    u("gbps", "gigabit per second", M),
    u("mbps", "megabit per second", M),
    u("ppm", "parts-per-million", M),
    u("ppb", "parts-per-billion", M),
    u("parts per million", "parts-per-million", M),
    u("parts per billion", "parts-per-billion", M),
    // Temperature and angles.
    u("° c", "°C", M),
    u("° f", "°F", M),
    u("ºc", "°C", M),
    u("ºf", "°F", M),
    u("degrees celsius", "°C", M),
    u("degrees centigrade", "°C", M),
    u("degree celsius", "°C", M),
    u("celsius", "°C", M),
    u("centigrade", "°C", M),
    u("degrees fahrenheit", "°F", M),
    u("degree fahrenheit", "°F", M),
    u("fahrenheit", "°F", M),
    s("C", "°C", M),
    u("°", "degree", M),
    u("degrees", "degree", M),
    u("degree", "degree", M),
    // Money after the number.
    c("dollars", "dollar", "USD"),
    c("dollar", "dollar", "USD"),
    c("usd", "dollar", "USD"),
    c("us dollars", "dollar", "USD"),
    c("u . s . dollars", "dollar", "USD"),
    c("american dollars", "dollar", "USD"),
    c("australian dollars", "australian dollar", "AUD"),
    c("aud", "australian dollar", "AUD"),
    c("canadian dollars", "canadian dollar", "CAD"),
    c("cad", "canadian dollar", "CAD"),
    c("hong kong dollars", "hong kong dollar", "HKD"),
    c("hkd", "hong kong dollar", "HKD"),
    c("new zealand dollars", "new zealand dollar", "NZD"),
    c("nzd", "new zealand dollar", "NZD"),
    c("singapore dollars", "singapore dollar", "SGD"),
    c("euros", "euro", "EUR"),
    c("euro", "euro", "EUR"),
    c("eur", "euro", "EUR"),
    cs("€", "euro", "EUR"),
    c("pounds sterling", "pound sterling", "GBP"),
    c("sterling", "pound sterling", "GBP"),
    c("gbp", "pound sterling", "GBP"),
    c("british pounds", "pound sterling", "GBP"),
    c("yen", "japanese yen", "JPY"),
    c("jpy", "japanese yen", "JPY"),
    c("yuan", "chinese yuan", "CNY"),
    c("cny", "chinese yuan", "CNY"),
    c("rmb", "chinese yuan", "CNY"),
    c("renminbi", "chinese yuan", "CNY"),
    c("rupees", "indian rupee", "INR"),
    c("rupee", "indian rupee", "INR"),
    c("inr", "indian rupee", "INR"),
    c("roubles", "russian ruble", "RUB"),
    c("rubles", "russian ruble", "RUB"),
    c("rouble", "russian ruble", "RUB"),
    c("ruble", "russian ruble", "RUB"),
    c("rub", "russian ruble", "RUB"),
    c("shekels", "shekel", "ILS"),
    c("shekel", "shekel", "ILS"),
    c("new israeli shekels", "shekel", "ILS"),
    c("nis", "shekel", "ILS"),
    c("ils", "shekel", "ILS"),
    c("ringgit", "malaysian ringgit", "MYR"),
    c("myr", "malaysian ringgit", "MYR"),
    c("sen", "sen", ""),
    c("cents", "cent", ""),
    // "73.14 U.S. cents".
    c("u . s . cents", "cent", ""),
    c("us cents", "cent", ""),
    // Wire shorthand for sterling: "2.76 bln stg".
    c("stg", "pound sterling", "GBP"),
    c("cent", "cent", ""),
    c("pence", "penny", "GBP"),
    c("penny", "penny", "GBP"),
    c("paise", "paisa", "INR"),
    c("paisa", "paisa", "INR"),
    UnitDef {
        pattern: "p",
        name: "penny",
        class: UnitClass::Currency("GBP"),
        exact: true,
        attached_only: false,
    },
    c("danish crowns", "danish krone", "DKK"),
    c("danish kroner", "danish krone", "DKK"),
    c("kroner", "danish krone", "DKK"),
    c("kronor", "swedish krona", "SEK"),
    c("dkk", "danish krone", "DKK"),
    c("swedish crowns", "swedish krona", "SEK"),
    c("swedish kronor", "swedish krona", "SEK"),
    c("sek", "swedish krona", "SEK"),
    c("norwegian crowns", "norwegian krone", "NOK"),
    c("norwegian kroner", "norwegian krone", "NOK"),
    c("nok", "norwegian krone", "NOK"),
    c("kuna", "croatian kuna", "HRK"),
    cs("kn", "croatian kuna", "HRK"),
    c("swiss francs", "swiss franc", "CHF"),
    c("francs", "franc", ""),
    c("chf", "swiss franc", "CHF"),
    c("won", "south korean won", "KRW"),
    c("krw", "south korean won", "KRW"),
    c("pesos", "peso", ""),
    c("somoni", "tajikistani somoni", "TJS"),
    c("tjs", "tajikistani somoni", "TJS"),
    c("afghanis", "afghani", "AFN"),
    c("lira", "lira", ""),
    c("rand", "south african rand", "ZAR"),
    c("naira", "nigerian naira", "NGN"),
    c("baht", "thai baht", "THB"),
    c("dirhams", "dirham", ""),
    c("riyals", "riyal", ""),
    c("reais", "brazilian real", "BRL"),
    c("bitcoin", "bitcoin", "BTC"),
    // More currencies by name, ISO 4217 code and symbol.
    c("zloty", "polish zloty", "PLN"),
    c("zlotys", "polish zloty", "PLN"),
    c("zlotych", "polish zloty", "PLN"),
    c("polish zloty", "polish zloty", "PLN"),
    c("polish zlotys", "polish zloty", "PLN"),
    c("koruna", "czech koruna", "CZK"),
    c("korunas", "czech koruna", "CZK"),
    c("czech koruna", "czech koruna", "CZK"),
    c("czech korunas", "czech koruna", "CZK"),
    c("czech crowns", "czech koruna", "CZK"),
    c("forint", "hungarian forint", "HUF"),
    c("forints", "hungarian forint", "HUF"),
    c("hungarian forint", "hungarian forint", "HUF"),
    c("hungarian forints", "hungarian forint", "HUF"),
    c("lei", "romanian leu", "RON"),
    c("romanian lei", "romanian leu", "RON"),
    c("romanian leu", "romanian leu", "RON"),
    c("turkish lira", "turkish lira", "TRY"),
    c("turkish liras", "turkish lira", "TRY"),
    c("mexican pesos", "mexican peso", "MXN"),
    c("mexican peso", "mexican peso", "MXN"),
    c("argentine pesos", "argentine peso", "ARS"),
    c("argentinian pesos", "argentine peso", "ARS"),
    c("philippine pesos", "philippine peso", "PHP"),
    c("chilean pesos", "chilean peso", "CLP"),
    c("colombian pesos", "colombian peso", "COP"),
    c("rupiah", "indonesian rupiah", "IDR"),
    c("indonesian rupiah", "indonesian rupiah", "IDR"),
    c("vietnamese dong", "vietnamese dong", "VND"),
    c("hryvnia", "ukrainian hryvnia", "UAH"),
    c("hryvnias", "ukrainian hryvnia", "UAH"),
    c("tenge", "kazakhstani tenge", "KZT"),
    c("pakistani rupees", "pakistani rupee", "PKR"),
    c("pakistani rupee", "pakistani rupee", "PKR"),
    c("sri lankan rupees", "sri lankan rupee", "LKR"),
    c("nepalese rupees", "nepalese rupee", "NPR"),
    c("nepali rupees", "nepalese rupee", "NPR"),
    c("taka", "bangladeshi taka", "BDT"),
    c("egyptian pounds", "egyptian pound", "EGP"),
    c("saudi riyals", "saudi riyal", "SAR"),
    c("qatari riyals", "qatari riyal", "QAR"),
    c("uae dirhams", "united arab emirates dirham", "AED"),
    c("emirati dirhams", "united arab emirates dirham", "AED"),
    c("kuwaiti dinars", "kuwaiti dinar", "KWD"),
    c("dinars", "dinar", ""),
    c("dinar", "dinar", ""),
    c("kenyan shillings", "kenyan shilling", "KES"),
    c("shillings", "shilling", ""),
    c("cedis", "ghanaian cedi", "GHS"),
    c("cedi", "ghanaian cedi", "GHS"),
    c("icelandic kronur", "icelandic krona", "ISK"),
    c("icelandic kronas", "icelandic krona", "ISK"),
    c("new taiwan dollars", "new taiwan dollar", "TWD"),
    c("taiwan dollars", "new taiwan dollar", "TWD"),
    c("taiwanese dollars", "new taiwan dollar", "TWD"),
    c("singapore dollar", "singapore dollar", "SGD"),
    c("australian dollar", "australian dollar", "AUD"),
    c("canadian dollar", "canadian dollar", "CAD"),
    c("hong kong dollar", "hong kong dollar", "HKD"),
    c("new zealand dollar", "new zealand dollar", "NZD"),
    c("swiss franc", "swiss franc", "CHF"),
    c("japanese yen", "japanese yen", "JPY"),
    c("chinese yuan", "chinese yuan", "CNY"),
    c("indian rupees", "indian rupee", "INR"),
    c("indian rupee", "indian rupee", "INR"),
    c("russian rubles", "russian ruble", "RUB"),
    c("russian roubles", "russian ruble", "RUB"),
    c("brazilian reais", "brazilian real", "BRL"),
    c("brazilian real", "brazilian real", "BRL"),
    c("south african rand", "south african rand", "ZAR"),
    c("thai baht", "thai baht", "THB"),
    c("nigerian naira", "nigerian naira", "NGN"),
    c("korean won", "south korean won", "KRW"),
    c("south korean won", "south korean won", "KRW"),
    c("croatian kuna", "croatian kuna", "HRK"),
    c("us cents", "cent", ""),
    cs("PLN", "polish zloty", "PLN"),
    cs("CZK", "czech koruna", "CZK"),
    cs("HUF", "hungarian forint", "HUF"),
    cs("RON", "romanian leu", "RON"),
    cs("TRY", "turkish lira", "TRY"),
    cs("MXN", "mexican peso", "MXN"),
    cs("ARS", "argentine peso", "ARS"),
    cs("PHP", "philippine peso", "PHP"),
    cs("CLP", "chilean peso", "CLP"),
    cs("COP", "colombian peso", "COP"),
    cs("IDR", "indonesian rupiah", "IDR"),
    cs("VND", "vietnamese dong", "VND"),
    cs("UAH", "ukrainian hryvnia", "UAH"),
    cs("KZT", "kazakhstani tenge", "KZT"),
    cs("PKR", "pakistani rupee", "PKR"),
    cs("LKR", "sri lankan rupee", "LKR"),
    cs("BDT", "bangladeshi taka", "BDT"),
    cs("EGP", "egyptian pound", "EGP"),
    cs("SAR", "saudi riyal", "SAR"),
    cs("QAR", "qatari riyal", "QAR"),
    cs("AED", "united arab emirates dirham", "AED"),
    cs("KWD", "kuwaiti dinar", "KWD"),
    cs("KES", "kenyan shilling", "KES"),
    cs("GHS", "ghanaian cedi", "GHS"),
    cs("ISK", "icelandic krona", "ISK"),
    cs("TWD", "new taiwan dollar", "TWD"),
    cs("SGD", "singapore dollar", "SGD"),
    cs("NGN", "nigerian naira", "NGN"),
    cs("ZAR", "south african rand", "ZAR"),
    cs("BRL", "brazilian real", "BRL"),
    cs("THB", "thai baht", "THB"),
    cs("HRK", "croatian kuna", "HRK"),
    cs("BTC", "bitcoin", "BTC"),
    cs("¢", "cent", ""),
    cs("zł", "polish zloty", "PLN"),
    cs("Kč", "czech koruna", "CZK"),
    cs("₫", "vietnamese dong", "VND"),
    cs("₴", "ukrainian hryvnia", "UAH"),
    cs("₸", "kazakhstani tenge", "KZT"),
    cs("₺", "turkish lira", "TRY"),
    cs("₦", "nigerian naira", "NGN"),
    cs("฿", "thai baht", "THB"),
    cs("₱", "philippine peso", "PHP"),
];

/// A currency written before a number.
#[derive(Debug, Clone, Copy)]
pub struct CurrencyPrefix {
    /// Tokens, as in `UnitDef::pattern`; the last one touches the number unless `spaced`.
    pub pattern: &'static str,
    pub name: &'static str,
    pub code: &'static str,
    /// Whether a space may stand between the prefix and the number ("US $ 1.1 million").
    pub spaced: bool,
}

const fn p(
    pattern: &'static str,
    name: &'static str,
    code: &'static str,
    spaced: bool,
) -> CurrencyPrefix {
    CurrencyPrefix {
        pattern,
        name,
        code,
        spaced,
    }
}

/// Longest patterns first within a shared ending; matching picks the longest anyway.
pub const CURRENCY_PREFIXES: &[CurrencyPrefix] = &[
    p("$", "dollar", "USD", true),
    p("US $", "dollar", "USD", true),
    p("U . S . $", "dollar", "USD", true),
    p("USD", "dollar", "USD", true),
    p("US", "dollar", "USD", false),
    p("A $", "australian dollar", "AUD", true),
    // Symbol first, country glued to the number: "$US55,931,000", "$A82,615,680".
    p("$ US", "dollar", "USD", false),
    p("$ A", "australian dollar", "AUD", false),
    p("$ C", "canadian dollar", "CAD", false),
    p("$ NZ", "new zealand dollar", "NZD", false),
    p("$ HK", "hong kong dollar", "HKD", false),
    p("AU $", "australian dollar", "AUD", true),
    p("AUD", "australian dollar", "AUD", true),
    p("C $", "canadian dollar", "CAD", true),
    p("CA $", "canadian dollar", "CAD", true),
    p("CAD", "canadian dollar", "CAD", true),
    p("HK $", "hong kong dollar", "HKD", true),
    p("HKD", "hong kong dollar", "HKD", true),
    p("NZ $", "new zealand dollar", "NZD", true),
    p("S $", "singapore dollar", "SGD", true),
    p("R $", "brazilian real", "BRL", true),
    p("€", "euro", "EUR", true),
    p("EUR", "euro", "EUR", true),
    p("£", "pound sterling", "GBP", true),
    p("GBP", "pound sterling", "GBP", true),
    // ASCII transliterations of £ and ¥ ("PS2.7m", "Y=28,030").
    p("PS", "pound sterling", "GBP", false),
    p("¥", "japanese yen", "JPY", true),
    p("Y =", "japanese yen", "JPY", false),
    p("JPY", "japanese yen", "JPY", true),
    p("CNY", "chinese yuan", "CNY", true),
    p("RMB", "chinese yuan", "CNY", true),
    p("₹", "indian rupee", "INR", true),
    p("KSh", "kenyan shilling", "KES", true),
    p("Ksh", "kenyan shilling", "KES", true),
    p("KES", "kenyan shilling", "KES", true),
    p("GH ₵", "ghanaian cedi", "GHS", true),
    p("GH ¢", "ghanaian cedi", "GHS", true),
    p("₵", "ghanaian cedi", "GHS", true),
    p("rs", "indian rupee", "INR", true),
    p("rs .", "indian rupee", "INR", true),
    p("GHS", "ghanaian cedi", "GHS", true),
    p("ZAR", "south african rand", "ZAR", true),
    p("R", "south african rand", "ZAR", false),
    p("Rs", "indian rupee", "INR", true),
    p("Rs .", "indian rupee", "INR", true),
    p("INR", "indian rupee", "INR", true),
    p("₽", "russian ruble", "RUB", true),
    p("RUB", "russian ruble", "RUB", true),
    p("₪", "shekel", "ILS", true),
    p("NIS", "shekel", "ILS", true),
    p("ILS", "shekel", "ILS", true),
    p("RM", "malaysian ringgit", "MYR", false),
    p("MYR", "malaysian ringgit", "MYR", true),
    p("CHF", "swiss franc", "CHF", true),
    p("₩", "south korean won", "KRW", true),
    p("KRW", "south korean won", "KRW", true),
    p("TJS", "tajikistani somoni", "TJS", true),
    p("PLN", "polish zloty", "PLN", true),
    p("CZK", "czech koruna", "CZK", true),
    p("HUF", "hungarian forint", "HUF", true),
    p("RON", "romanian leu", "RON", true),
    p("TRY", "turkish lira", "TRY", true),
    p("MXN", "mexican peso", "MXN", true),
    p("ARS", "argentine peso", "ARS", true),
    p("CLP", "chilean peso", "CLP", true),
    p("IDR", "indonesian rupiah", "IDR", true),
    p("VND", "vietnamese dong", "VND", true),
    p("UAH", "ukrainian hryvnia", "UAH", true),
    p("KZT", "kazakhstani tenge", "KZT", true),
    p("PKR", "pakistani rupee", "PKR", true),
    p("LKR", "sri lankan rupee", "LKR", true),
    p("BDT", "bangladeshi taka", "BDT", true),
    p("EGP", "egyptian pound", "EGP", true),
    p("SAR", "saudi riyal", "SAR", true),
    p("QAR", "qatari riyal", "QAR", true),
    p("AED", "united arab emirates dirham", "AED", true),
    p("KWD", "kuwaiti dinar", "KWD", true),
    p("KES", "kenyan shilling", "KES", true),
    p("GHS", "ghanaian cedi", "GHS", true),
    p("ISK", "icelandic krona", "ISK", true),
    p("TWD", "new taiwan dollar", "TWD", true),
    p("SGD", "singapore dollar", "SGD", true),
    p("NGN", "nigerian naira", "NGN", true),
    p("ZAR", "south african rand", "ZAR", true),
    p("BRL", "brazilian real", "BRL", true),
    p("THB", "thai baht", "THB", true),
    p("HRK", "croatian kuna", "HRK", true),
    p("₦", "nigerian naira", "NGN", true),
    p("₺", "turkish lira", "TRY", true),
    p("฿", "thai baht", "THB", true),
    p("₱", "philippine peso", "PHP", true),
    p("₴", "ukrainian hryvnia", "UAH", true),
    p("₫", "vietnamese dong", "VND", true),
    p("NT $", "new taiwan dollar", "TWD", true),
    p("Rp", "indonesian rupiah", "IDR", true),
    p("zł", "polish zloty", "PLN", true),
    p("MX $", "mexican peso", "MXN", true),
];

/// Scale words and abbreviations after a number: the power of ten, and whether the
/// abbreviation needs a money context to be read as a scale ("$5m" but "5m" is metres).
pub fn scale_abbrev(word: &str) -> Option<(i32, bool)> {
    Some(match word {
        "k" | "K" => (3, false),
        "m" => (6, true),
        "M" | "mn" | "mln" | "Mn" => (6, false),
        "bn" | "Bn" | "BN" | "bln" => (9, false),
        "b" | "B" => (9, true),
        "tn" | "trn" | "Tn" => (12, false),
        _ => return None,
    })
}

/// Prefix qualifiers, read backwards from the number: (words, code).
pub const QUALIFIERS: &[(&str, QualCode)] = &[
    ("more than", QualCode::Gt),
    ("greater than", QualCode::Gt),
    ("over than", QualCode::Gt),
    ("higher than", QualCode::Gt),
    ("larger than", QualCode::Gt),
    ("bigger than", QualCode::Gt),
    ("upwards of", QualCode::Gt),
    ("upward of", QualCode::Gt),
    ("in excess of", QualCode::Gt),
    ("just over", QualCode::Gt),
    ("well over", QualCode::Gt),
    ("just above", QualCode::Gt),
    ("well above", QualCode::Gt),
    ("over", QualCode::Gt),
    ("above", QualCode::Gt),
    ("exceeding", QualCode::Gt),
    ("exceeded", QualCode::Gt),
    ("surpassed", QualCode::Gt),
    ("topped", QualCode::Gt),
    ("tops", QualCode::Gt),
    ("passed", QualCode::Gt),
    ("crossed", QualCode::Gt),
    ("crossing", QualCode::Gt),
    ("beyond", QualCode::Gt),
    ("starts at", QualCode::Ge),
    ("start at", QualCode::Ge),
    ("starting at", QualCode::Ge),
    ("starting from", QualCode::Ge),
    ("topping", QualCode::Gt),
    ("exceeds", QualCode::Gt),
    ("at least", QualCode::Ge),
    ("no fewer than", QualCode::Ge),
    ("no less than", QualCode::Ge),
    ("not less than", QualCode::Ge),
    ("a minimum of", QualCode::Ge),
    ("minimum of", QualCode::Ge),
    ("up to", QualCode::UpTo),
    ("less than", QualCode::Lt),
    ("fewer than", QualCode::Lt),
    ("lower than", QualCode::Lt),
    ("smaller than", QualCode::Lt),
    ("just under", QualCode::Lt),
    ("just below", QualCode::Lt),
    ("well under", QualCode::Lt),
    ("well below", QualCode::Lt),
    ("under", QualCode::Lt),
    ("inside", QualCode::Lt),
    ("not dropping below", QualCode::Ge),
    ("not falling below", QualCode::Ge),
    ("not drop below", QualCode::Ge),
    ("not fall below", QualCode::Ge),
    ("not below", QualCode::Ge),
    ("never below", QualCode::Ge),
    ("no lower than", QualCode::Ge),
    ("no higher than", QualCode::Le),
    ("sub -", QualCode::Lt),
    ("below", QualCode::Lt),
    ("shy of", QualCode::Lt),
    ("short of", QualCode::Lt),
    ("at most", QualCode::Le),
    ("within", QualCode::Le),
    ("no more than", QualCode::Le),
    ("not more than", QualCode::Le),
    ("a maximum of", QualCode::Le),
    ("maximum of", QualCode::Le),
    ("approximately", QualCode::Approx),
    ("approx", QualCode::Approx),
    ("approx .", QualCode::Approx),
    ("c .", QualCode::Approx),
    ("ca .", QualCode::Approx),
    ("est .", QualCode::Approx),
    ("about", QualCode::Approx),
    ("around", QualCode::Approx),
    ("near", QualCode::Approx),
    ("roughly", QualCode::Approx),
    ("some", QualCode::Approx),
    ("nearly", QualCode::Approx),
    ("almost", QualCode::Approx),
    ("circa", QualCode::Approx),
    ("close to", QualCode::Approx),
    ("closer to", QualCode::Approx),
    ("an estimated", QualCode::Approx),
    ("estimated", QualCode::Approx),
    ("an approximate", QualCode::Approx),
    ("approximate", QualCode::Approx),
    ("roughly about", QualCode::Approx),
    ("or so", QualCode::Approx),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum QualCode {
    Gt,
    Ge,
    UpTo,
    Lt,
    Le,
    Approx,
}

/// Change words: a verb or adverb right before an amount ("rose 5%", "down 3 points").
pub fn change_word(w: &str) -> Option<bool> {
    const UP: &[&str] = &[
        "rise",
        "rises",
        "rose",
        "risen",
        "rising",
        "increase",
        "increases",
        "increased",
        "increasing",
        "gain",
        "gains",
        "gained",
        "gaining",
        "add",
        "adds",
        "added",
        "adding",
        "climb",
        "climbs",
        "climbed",
        "climbing",
        "jump",
        "jumps",
        "jumped",
        "jumping",
        "surge",
        "surges",
        "surged",
        "surging",
        "soar",
        "soars",
        "soared",
        "soaring",
        "advance",
        "advances",
        "advanced",
        "advancing",
        "grow",
        "grows",
        "grew",
        "grown",
        "growing",
        "rally",
        "rallies",
        "rallied",
        "rallying",
        "spike",
        "spikes",
        "spiked",
        "leap",
        "leaps",
        "leapt",
        "leaped",
        "rebound",
        "rebounds",
        "rebounded",
        "zoomed",
        "zooms",
        "zooming",
        "up",
        "boosted",
        "hiked",
        "widened",
        "expanded",
        "firmed",
        "strengthened",
        "appreciated",
        "swelled",
    ];
    const DOWN: &[&str] = &[
        "fall",
        "falls",
        "fell",
        "fallen",
        "falling",
        "drop",
        "drops",
        "dropped",
        "dropping",
        "decline",
        "declines",
        "declined",
        "declining",
        "decrease",
        "decreases",
        "decreased",
        "decreasing",
        "lose",
        "loses",
        "lost",
        "losing",
        "slide",
        "slides",
        "slid",
        "sliding",
        "slip",
        "slips",
        "slipped",
        "slipping",
        "plunge",
        "plunges",
        "plunged",
        "plunging",
        "tumble",
        "tumbles",
        "tumbled",
        "tumbling",
        "sink",
        "sinks",
        "sank",
        "sunk",
        "sinking",
        "shed",
        "sheds",
        "shedding",
        "dip",
        "dips",
        "dipped",
        "dipping",
        "ease",
        "eases",
        "eased",
        "easing",
        "slump",
        "slumps",
        "slumped",
        "slumping",
        "plummet",
        "plummets",
        "plummeted",
        "plummeting",
        "retreat",
        "retreated",
        "retreats",
        "dive",
        "dives",
        "dived",
        "dove",
        "crash",
        "crashed",
        "cut",
        "cuts",
        "cutting",
        "reduce",
        "reduces",
        "reduced",
        "lowered",
        "down",
        "shrank",
        "shrunk",
        "shrink",
        "shrinks",
        "contracted",
        "narrowed",
        "weakened",
        "depreciated",
        "docked",
        "tanked",
        "tanks",
        "tanking",
        "wiped",
        "wiping",
        "wipes",
        "sagged",
        "skidded",
        "sank",
    ];
    if UP.contains(&w) {
        Some(true)
    } else if DOWN.contains(&w) {
        Some(false)
    } else {
        None
    }
}

/// Verbs that report a change of their object by an amount ("raised rates by 25 basis
/// points", "trimmed its forecast by 0.2 points"); alone before an amount they name
/// something else ("raised $5 million", "lifted 200 kg").
pub fn change_verb_with_object(w: &str) -> Option<bool> {
    match w {
        "raise" | "raises" | "raised" | "raising" | "lift" | "lifts" | "lifted" | "lifting"
        | "boost" | "boosts" | "boosting" | "hike" | "hikes" | "hiking" | "increase" | "widen"
        | "widens" | "expand" | "expands" => Some(true),
        "lower" | "lowers" | "lowering" | "trim" | "trims" | "trimmed" | "trimming" | "slash"
        | "slashes" | "slashed" | "slashing" | "reduce" | "narrow" | "narrows" | "shrinks" => {
            Some(false)
        }
        _ => None,
    }
}

/// Nouns and comparatives that report a change when they follow the amount
/// ("a 5% rise", "34.4% higher").
pub fn change_after(w: &str) -> Option<bool> {
    match w {
        "higher" | "rise" | "increase" | "gain" | "jump" | "hike" | "surge" | "growth"
        | "climb" | "up" => Some(true),
        "lower" | "drop" | "fall" | "decline" | "decrease" | "cut" | "reduction" | "slump"
        | "loss" | "plunge" | "down" => Some(false),
        _ => None,
    }
}

/// Words that end a counted noun phrase: determiners, pronouns, prepositions,
/// conjunctions, auxiliaries and a few frequent verbs and adverbs.
pub fn is_stopword(w: &str) -> bool {
    const STOP: &[&str] = &[
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "for",
        "from",
        "by",
        "with",
        "without",
        "and",
        "or",
        "but",
        "nor",
        "as",
        "than",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "this",
        "these",
        "those",
        "it",
        "its",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "do",
        "does",
        "did",
        "will",
        "would",
        "can",
        "could",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "not",
        "no",
        "per",
        "into",
        "onto",
        "over",
        "under",
        "after",
        "before",
        "since",
        "until",
        "while",
        "during",
        "about",
        "around",
        "between",
        "among",
        "against",
        "through",
        "across",
        "up",
        "down",
        "off",
        "out",
        "each",
        "every",
        "all",
        "some",
        "more",
        "most",
        "less",
        "least",
        "last",
        "next",
        "ago",
        "later",
        "earlier",
        "he",
        "she",
        "they",
        "we",
        "you",
        "i",
        "his",
        "her",
        "their",
        "our",
        "your",
        "my",
        "him",
        "them",
        "us",
        "me",
        "so",
        "if",
        "when",
        "where",
        "why",
        "how",
        "what",
        "there",
        "here",
        "then",
        "also",
        "just",
        "only",
        "even",
        "still",
        "yet",
        "again",
        "already",
        "ever",
        "never",
        "very",
        "too",
        "such",
        "both",
        "either",
        "neither",
        "other",
        "another",
        "own",
        "same",
        "like",
        "unlike",
        "via",
        "versus",
        "vs",
        "plus",
        "minus",
        "times",
        "apiece",
        "each",
        "away",
        "back",
        "ahead",
        "behind",
        "beyond",
        "within",
        "toward",
        "towards",
        "upon",
        "amid",
        "amidst",
        "despite",
        "following",
        "including",
        "according",
        "compared",
        "said",
        "says",
        "say",
        "told",
        "reported",
        "according",
        "according",
        "versus",
        "left",
        "remaining",
        "more",
        "fewer",
        "higher",
        "lower",
        "percent",
        "cent",
        "thousand",
        "million",
        "billion",
        "trillion",
        "hundred",
        "always",
        "perhaps",
        "besides",
        "alongside",
        "whereas",
        "thus",
        "hence",
        "its",
        "this",
        "is",
        "has",
        "was",
        "as",
        "yes",
        "ones",
        "others",
        "whilst",
        "instead",
        "because",
        "though",
        "although",
        "unless",
        "whether",
        "per",
        "respectively",
        "overall",
        "total",
        "worth",
        "old",
        "long",
        "wide",
        "high",
        "tall",
        "deep",
        "away",
        "earlier",
        "ago",
        "now",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "outside",
        "inside",
        "nationwide",
        "worldwide",
        "abroad",
        "altogether",
        "combined",
    ];
    STOP.contains(&w)
}

/// Words after which a bare number is a label, not a quantity ("game 7", "route 66").
pub fn is_label_word(w: &str) -> bool {
    const LABEL: &[&str] = &[
        "formula",
        "no",
        "number",
        "nos",
        "category",
        "level",
        "grade",
        "chapter",
        "page",
        "pages",
        "room",
        "route",
        "highway",
        "game",
        "round",
        "stage",
        "phase",
        "step",
        "version",
        "tier",
        "article",
        "section",
        "season",
        "episode",
        "week",
        "day",
        "class",
        "type",
        "model",
        "windows",
        "ios",
        "android",
        "macos",
        "unit",
        "flight",
        "platform",
        "gate",
        "terminal",
        "row",
        "seat",
        "lot",
        "box",
        "apt",
        "suite",
        "floor",
        "building",
        "block",
        "lane",
        "district",
        "zone",
        "sector",
        "rank",
        "ranked",
        "no.",
        "track",
        "volume",
        "vol",
        "part",
        "figure",
        "fig",
        "table",
        "item",
        "paragraph",
        "line",
        "act",
        "scene",
        "channel",
        "series",
        "generation",
        "gen",
        "mark",
        "mk",
        "covid",
        "resolution",
        "amendment",
        "clause",
        "term",
        "wave",
        "stand",
        "issue",
        "hole",
        "lap",
        "match",
        "bay",
        "pier",
        "bus",
        "train",
        "ward",
        "division",
        "league",
        "block",
        "junction",
        "junctions",
        "exit",
        "routes",
        "asx",
        "ftse",
        "stoxx",
        "nikkei",
        "kospi",
        "sensex",
        "nifty",
        "tsx",
        "dax",
    ];
    LABEL.contains(&w)
}

/// Words that attach to a fraction of something ("half of", "a third of").
pub fn fraction_word(w: &str) -> Option<f64> {
    Some(match w {
        "half" | "halves" => 2.0,
        "third" | "thirds" => 3.0,
        "quarter" | "quarters" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "eighth" | "eighths" => 8.0,
        "tenth" | "tenths" => 10.0,
        "hundredth" | "hundredths" => 100.0,
        "thousandth" | "thousandths" => 1000.0,
        _ => return None,
    })
}

/// Unicode vulgar fractions.
pub fn vulgar_fraction(ch: char) -> Option<f64> {
    Some(match ch {
        '½' => 0.5,
        '⅓' => 1.0 / 3.0,
        '⅔' => 2.0 / 3.0,
        '¼' => 0.25,
        '¾' => 0.75,
        '⅕' => 0.2,
        '⅛' => 0.125,
        '⅜' => 0.375,
        '⅝' => 0.625,
        '⅞' => 0.875,
        _ => return None,
    })
}

/// Denominators allowed after "a"/"an" in a rate ("$3,500 a month", "$1,271 an ounce").
pub fn rate_noun(w: &str) -> bool {
    matches!(
        w,
        "year"
            | "month"
            | "week"
            | "day"
            | "hour"
            | "minute"
            | "second"
            | "night"
            | "barrel"
            | "ounce"
            | "gallon"
            | "litre"
            | "liter"
            | "share"
            | "kilogram"
            | "kilo"
            | "pound"
            | "tonne"
            | "ton"
            | "head"
            | "piece"
            | "person"
            | "unit"
            | "mile"
            | "kilometre"
            | "kilometer"
            | "game"
            | "season"
            | "term"
            | "session"
            | "gram"
            | "bottle"
            | "seat"
            | "ticket"
            | "pop"
            | "acre"
            | "dozen"
            | "dose"
            | "hectare"
            | "quintal"
            | "bushel"
            | "carat"
            | "household"
            | "pupil"
            | "patient"
    )
}

/// Names of stock indexes and words for them, as written: "the Dow", "FTSE 100 index".
pub fn index_word(w: &str) -> bool {
    let w = w.to_ascii_lowercase();
    matches!(
        w.as_str(),
        "asx"
            | "cac"
            | "dax"
            | "dow"
            | "ftse"
            | "klci"
            | "kospi"
            | "nasdaq"
            | "nifty"
            | "nikkei"
            | "seng"
            | "sensex"
            | "sse"
            | "stoxx"
            | "topix"
            | "tsx"
    )
}

/// Plurals that are also verbs, read as nouns right after a number or a modifier:
/// "178 runs", "two home runs", "five wins", "three hits".
pub fn noun_verb_plural(w: &str) -> bool {
    matches!(
        w,
        "runs"
            | "works"
            | "plays"
            | "wins"
            | "hits"
            | "sets"
            | "marks"
            | "starts"
            | "reports"
            | "plans"
            | "costs"
            | "accounts"
            | "shows"
    )
}

/// Verbs of motion that take "up to" as an adverb and a level: "ticked up to 3.9%".
pub fn motion_verb(w: &str) -> bool {
    matches!(
        w,
        "ticked"
            | "ticks"
            | "tick"
            | "ticking"
            | "edged"
            | "edges"
            | "edge"
            | "edging"
            | "inched"
            | "inches"
            | "inching"
            | "crept"
            | "creeps"
            | "creeping"
            | "moved"
            | "moves"
            | "moving"
            | "went"
            | "goes"
            | "gone"
            | "going"
            | "shot"
            | "shoots"
            | "climbed"
            | "climbs"
            | "climbing"
            | "jumped"
            | "jumps"
            | "rose"
            | "rises"
            | "risen"
            | "rising"
            | "revised"
            | "bumped"
            | "stepped"
            | "ramped"
            | "nudged"
    )
}

/// Words naming a product line or version, so the number after them is a label even
/// before a counted noun: "Windows 11 users".
pub fn version_word(w: &str) -> bool {
    matches!(
        w,
        "windows"
            | "ios"
            | "android"
            | "macos"
            | "version"
            | "model"
            | "covid"
            | "generation"
            | "gen"
            | "series"
            | "pixel"
            | "galaxy"
            | "iphone"
            | "ipad"
            | "xbox"
            | "playstation"
    )
}

/// Nouns for a person, after which ", 45," is an age: "the man, 45, was arrested".
pub fn person_noun(w: &str) -> bool {
    matches!(
        w,
        "man"
            | "woman"
            | "boy"
            | "girl"
            | "teenager"
            | "teen"
            | "youth"
            | "child"
            | "person"
            | "driver"
            | "passenger"
            | "pedestrian"
            | "cyclist"
            | "victim"
            | "suspect"
            | "defendant"
            | "mother"
            | "father"
            | "son"
            | "daughter"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "grandmother"
            | "grandfather"
            | "pensioner"
            | "student"
            | "worker"
            | "officer"
            | "resident"
            | "owner"
            | "partner"
            | "friend"
            | "neighbour"
            | "neighbor"
            | "player"
            | "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "coach"
            | "manager"
            | "actor"
            | "actress"
            | "singer"
            | "rapper"
            | "star"
            | "veteran"
            | "founder"
            | "chairman"
            | "chairwoman"
            | "executive"
            | "chief"
            | "president"
            | "senator"
            | "minister"
            | "mayor"
            | "priest"
            | "nurse"
            | "doctor"
            | "teacher"
            | "soldier"
            | "pilot"
            | "farmer"
            | "gunman"
            | "attacker"
            | "rider"
            | "adult"
            | "kid"
            | "patient"
            | "voter"
            | "individual"
            | "people"
    )
}

pub fn weekday(w: &str) -> bool {
    matches!(
        w,
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    )
}

/// Adjectives that, between an article and a number, describe the amount rather than
/// the things counted ("a mere 5 players", "the remaining 20 seats", "the first 10 games").
pub fn amount_adjective(w: &str) -> bool {
    matches!(
        w,
        "mere"
            | "whopping"
            | "staggering"
            | "additional"
            | "further"
            | "extra"
            | "total"
            | "other"
            | "same"
            | "first"
            | "last"
            | "next"
            | "past"
            | "final"
            | "only"
            | "full"
            | "whole"
            | "entire"
            | "average"
            | "net"
            | "gross"
            | "maximum"
            | "minimum"
            | "max"
            | "min"
            | "another"
            | "paltry"
            | "measly"
            | "meagre"
            | "meager"
            | "modest"
            | "massive"
            | "huge"
            | "hefty"
            | "healthy"
            | "solid"
            | "impressive"
            | "respectable"
            | "tidy"
            | "cool"
            | "reported"
            | "approximate"
            | "estimated"
            | "cumulative"
            | "annual"
            | "current"
            | "original"
            | "initial"
            | "previous"
            | "latest"
            | "new"
            | "remaining"
            | "following"
            | "respective"
            | "possible"
            | "likely"
            | "expected"
            | "projected"
            | "typical"
            | "normal"
            | "usual"
            | "nearly"
            | "roughly"
            | "approximately"
            | "almost"
            | "just"
            | "some"
            | "about"
            | "around"
    )
}

/// The base form of a superlative adjective modifying a counted noun ("best" → "good",
/// "proudest" → "proud", "biggest" → "big", "largest" → "large", "happiest" → "happy"),
/// so the unit names the kind of thing counted; `None` for other words, including nouns
/// and adjectives that merely end in "-est" ("interest", "honest", "forest").
pub fn superlative_base(word: &str) -> Option<String> {
    if !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return None;
    }
    match word {
        "best" => return Some("good".into()),
        "worst" => return Some("bad".into()),
        "most" | "least" => return None,
        _ => {}
    }
    let stem = word.strip_suffix("est")?;
    if stem.len() < 2
        || matches!(
            word,
            "interest"
                | "forest"
                | "honest"
                | "modest"
                | "harvest"
                | "request"
                | "contest"
                | "protest"
                | "conquest"
                | "inquest"
                | "behest"
                | "bequest"
                | "digest"
                | "arrest"
                | "invest"
                | "suggest"
                | "manifest"
                | "earnest"
                | "midwest"
                | "northwest"
                | "southwest"
                | "everest"
                | "tempest"
                | "dishonest"
                | "unrest"
                | "priest"
                | "guest"
                | "chest"
                | "quest"
                | "crest"
                | "west"
                | "nest"
                | "pest"
                | "rest"
                | "test"
                | "vest"
                | "zest"
                | "jest"
                | "fest"
                | "lest"
                | "attest"
                | "detest"
                | "infest"
                | "ingest"
                | "congest"
                | "divest"
                | "pretest"
        )
    {
        return None;
    }
    let b = stem.as_bytes();
    let n = b.len();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    // "happiest" → "happy".
    if let Some(s) = stem.strip_suffix('i') {
        return Some(format!("{s}y"));
    }
    // "biggest" → "big", but "smallest" → "small".
    if n >= 3
        && b[n - 1] == b[n - 2]
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'l' | b's' | b'f' | b'z')
    {
        return Some(stem[..n - 1].to_string());
    }
    // "largest" → "large", "latest" → "late", "finest" → "fine": a silent e after one
    // vowel and one consonant, or after a soft "g".
    let cvc = n >= 2
        && !vowel(b[n - 1])
        && !matches!(b[n - 1], b'w' | b'x' | b'y')
        && vowel(b[n - 2])
        && (n < 3 || !vowel(b[n - 3]));
    if cvc || stem.ends_with("rg") || stem.ends_with("ang") {
        return Some(format!("{stem}e"));
    }
    Some(stem.to_string())
}

/// Irregular plurals and plural-only nouns that a counted noun phrase may end with.
/// Words that report what happened to people in a casualty list ("injuring 63", "127
/// missing").
pub fn casualty_verb(w: &str) -> bool {
    matches!(
        w,
        "killing"
            | "killed"
            | "injuring"
            | "injured"
            | "wounding"
            | "wounded"
            | "hurting"
            | "hurt"
            | "displacing"
            | "displaced"
            | "evacuating"
            | "evacuated"
            | "rescuing"
            | "rescued"
            | "arresting"
            | "arrested"
            | "hospitalising"
            | "hospitalizing"
            | "hospitalised"
            | "hospitalized"
            | "sickening"
            | "missing"
            | "dead"
            | "unaccounted"
    )
}

/// Nouns in "-us" whose plural adds "-es" ("virus" → "viruses").
pub fn us_noun(w: &str) -> bool {
    matches!(
        w,
        "virus"
            | "bonus"
            | "campus"
            | "status"
            | "surplus"
            | "genius"
            | "chorus"
            | "apparatus"
            | "consensus"
            | "prospectus"
            | "octopus"
            | "walrus"
            | "cactus"
            | "circus"
            | "sinus"
            | "fetus"
            | "foetus"
            | "uterus"
            | "abacus"
            | "census"
            | "thesaurus"
            | "nexus"
            | "syllabus"
            | "caucus"
            | "platypus"
            | "fungus"
            | "hiatus"
            | "exodus"
            | "focus"
            | "radius"
            | "stimulus"
            | "hippopotamus"
            | "bus"
            | "minibus"
    )
}

pub fn irregular_plural(w: &str) -> Option<&'static str> {
    Some(match w {
        "people" => "people",
        "buses" => "bus",
        "minibuses" => "minibus",
        "men" => "man",
        "women" => "woman",
        "children" => "child",
        "police" => "police",
        "personnel" => "personnel",
        "staff" => "staff",
        "cattle" => "cattle",
        "sheep" => "sheep",
        "fish" => "fish",
        "deer" => "deer",
        "mice" => "mouse",
        "geese" => "goose",
        "teeth" => "tooth",
        "feet" => "foot",
        "troops" => "troop",
        "aircraft" => "aircraft",
        "refugees" => "refugee",
        "militia" => "militia",
        "data" => "data",
        "media" => "media",
        "criteria" => "criterion",
        "crew" => "crew",
        "livestock" => "livestock",
        "offspring" => "offspring",
        "spacecraft" => "spacecraft",
        "species" => "species",
        "series" => "series",
        "salmon" => "salmon",
        "oxen" => "ox",
        "lice" => "louse",
        "alumni" => "alumnus",
        "phenomena" => "phenomenon",
        "bacteria" => "bacterium",
        "fungi" => "fungus",
        "nuclei" => "nucleus",
        "stimuli" => "stimulus",
        "indices" => "index",
        "crises" => "crisis",
        "analyses" => "analysis",
        "diagnoses" => "diagnosis",
        "theses" => "thesis",
        "hypotheses" => "hypothesis",
        _ => return None,
    })
}

/// Words that look plural but are not nouns counting things.
pub fn false_plural(w: &str) -> bool {
    matches!(
        w,
        "is" | "was"
            | "has"
            | "does"
            | "its"
            | "this"
            | "his"
            | "hers"
            | "as"
            | "us"
            | "yes"
            | "less"
            | "always"
            | "perhaps"
            | "besides"
            | "across"
            | "towards"
            | "afterwards"
            | "whereas"
            | "thus"
            | "series"
            | "news"
            | "analysis"
            | "basis"
            | "crisis"
            | "status"
            | "bonus"
            | "campus"
            | "census"
            | "virus"
            | "focus"
            | "plus"
            | "minus"
            | "gas"
            | "bus"
            | "alias"
            | "atlas"
            | "various"
            | "serious"
            | "previous"
            | "famous"
            | "numerous"
            | "obvious"
            | "enormous"
            | "previously"
            | "says"
            | "goes"
            | "makes"
            | "takes"
            | "gets"
            | "comes"
            | "means"
            | "seems"
            | "remains"
            | "includes"
            | "needs"
            | "wants"
            | "uses"
            | "shows"
            | "helps"
            | "looks"
            | "works"
            | "runs"
            | "plays"
            | "wins"
            | "hits"
            | "sits"
            | "stands"
            | "sets"
            | "puts"
            | "keeps"
            | "leads"
            | "becomes"
            | "tells"
            | "asks"
            | "adds"
            | "gives"
            | "lets"
            | "marks"
            | "rises"
            | "falls"
            | "gains"
            | "ends"
            | "begins"
            | "starts"
            | "opens"
            | "closes"
            | "reports"
            | "expects"
            | "plans"
            | "costs"
            | "pays"
            | "owns"
            | "holds"
            | "employs"
            | "serves"
            | "covers"
            | "contains"
            | "represents"
            | "accounts"
            | "reaches"
            | "tops"
            | "exceeds"
            | "totals"
            | "whereabouts"
            | "regardless"
            | "nevertheless"
            | "unless"
            | "ous"
            | "always."
    )
}

/// The currency prefixes with their first and last tokens and their length in tokens,
/// so a lookup can reject most of them without splitting their patterns.
pub struct PrefixEntry {
    pub first: &'static str,
    pub last: &'static str,
    pub len: usize,
    pub prefix: &'static CurrencyPrefix,
}

pub fn currency_prefix_index() -> &'static [PrefixEntry] {
    static INDEX: OnceLock<Vec<PrefixEntry>> = OnceLock::new();
    INDEX.get_or_init(|| {
        CURRENCY_PREFIXES
            .iter()
            .map(|p| PrefixEntry {
                first: p.pattern.split(' ').next().unwrap_or(""),
                last: p.pattern.rsplit(' ').next().unwrap_or(""),
                len: p.pattern.split(' ').count(),
                prefix: p,
            })
            .collect()
    })
}

/// The unit table indexed by the lower-cased first token of each pattern.
pub fn unit_index() -> &'static HashMap<String, Vec<&'static UnitDef>> {
    static INDEX: OnceLock<HashMap<String, Vec<&'static UnitDef>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut map: HashMap<String, Vec<&'static UnitDef>> = HashMap::new();
        for def in UNITS {
            let first = def
                .pattern
                .split(' ')
                .next()
                .unwrap_or_default()
                .to_lowercase();
            map.entry(first).or_default().push(def);
        }
        map
    })
}
