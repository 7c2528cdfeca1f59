//! Historical dates that know how precisely they are known.
//!
//! A [`HistDate`] is a Gregorian date known to the year, the month or the
//! day, optionally flagged as approximate. The record never invents a day it
//! does not know: `1898` stays a year, `1945-09` stays a month.

use std::fmt;

use serde::{de, Deserialize, Deserializer, Serialize, Serializer};

/// How precisely a [`HistDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A day count since 1970-01-01 (negative before). Used to order dates.
pub type DayNumber = i64;

/// A Gregorian date known to the year, month or day.
///
/// Written in the data as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with a leading
/// `~` when the date is approximate.
///
/// ```
/// use atlas_core::date::{HistDate, Precision};
/// let d: HistDate = "1945-09-05".parse().unwrap();
/// assert_eq!(d.precision(), Precision::Day);
/// let y: HistDate = "~1898".parse().unwrap();
/// assert!(y.approximate);
/// assert!(y.first_day() < d.first_day());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct HistDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub approximate: bool,
}

/// Why a date string could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// The text is not `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    Format(String),
    /// The month is not 1 to 12.
    Month(String),
    /// The day does not exist in that month.
    Day(String),
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "'{s}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Month(s) => write!(f, "'{s}' has no month of that number"),
            DateError::Day(s) => write!(f, "'{s}' names a day that month does not have"),
        }
    }
}

impl std::error::Error for DateError {}

/// Whether `year` is a Gregorian leap year.
pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// The number of days in a Gregorian month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 for a Gregorian calendar date (Howard Hinnant's
/// `days_from_civil`, exact for every year the atlas needs).
pub fn day_number(year: i32, month: u8, day: u8) -> DayNumber {
    let y = i64::from(year) - i64::from(month <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The Gregorian calendar date of a day number (Howard Hinnant's
/// `civil_from_days`), as (year, month, day).
pub fn civil_from_day_number(days: DayNumber) -> (i32, u8, u8) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
    (year, month, day)
}

/// Days since 1970-01-01 (Gregorian) for a date of the Julian calendar, the
/// "Old Style" Russia used until February 1918.
pub fn julian_day_number(year: i32, month: u8, day: u8) -> DayNumber {
    let a = i64::from((14 - month) / 12);
    let y = i64::from(year) + 4800 - a;
    let m = i64::from(month) + 12 * a - 3;
    let jdn = i64::from(day) + (153 * m + 2) / 5 + 365 * y + y.div_euclid(4) - 32_083;
    jdn - 2_440_588
}

/// Converts an Old Style (Julian) date written `YYYY-MM-DD` to the Gregorian
/// date the record uses.
///
/// ```
/// use atlas_core::date::{old_style_to_gregorian, HistDate};
/// // The Treaty of Shimoda: 26 Jan 1855 Old Style.
/// assert_eq!(old_style_to_gregorian("1855-01-26").unwrap(), HistDate::ymd(1855, 2, 7));
/// // The October Revolution: 25 Oct 1917 Old Style.
/// assert_eq!(old_style_to_gregorian("1917-10-25").unwrap(), HistDate::ymd(1917, 11, 7));
/// ```
pub fn old_style_to_gregorian(text: &str) -> Result<HistDate, DateError> {
    let parts: Vec<&str> = text.split('-').collect();
    let number = |s: &str, len: usize| {
        (s.len() == len && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<i32>().ok()).flatten()
    };
    let (Some(y), Some(m), Some(d)) = (
        parts.first().and_then(|s| number(s, 4)),
        parts.get(1).and_then(|s| number(s, 2)),
        parts.get(2).and_then(|s| number(s, 2)),
    ) else {
        return Err(DateError::Format(text.to_string()));
    };
    if parts.len() != 3 {
        return Err(DateError::Format(text.to_string()));
    }
    if !(1..=12).contains(&m) {
        return Err(DateError::Month(text.to_string()));
    }
    // Every fourth year is a leap year in the Julian calendar, 1900 included.
    let (m, d) = (m as u8, d as u8);
    let days = if m == 2 && y % 4 == 0 { 29 } else { days_in_month(1999, m) };
    if d == 0 || d > days {
        return Err(DateError::Day(text.to_string()));
    }
    let (gy, gm, gd) = civil_from_day_number(julian_day_number(y, m, d));
    Ok(HistDate::ymd(gy, gm, gd))
}

/// An Old Style date (`YYYY-MM-DD`) in words, as printed beside its
/// Gregorian equivalent: "26 Jan 1855 Old Style".
pub fn old_style_display(text: &str) -> String {
    match old_style_to_gregorian(text) {
        Ok(_) => {
            let parts: Vec<&str> = text.split('-').collect();
            let month: usize = parts[1].parse().unwrap_or(1);
            let day: u32 = parts[2].parse().unwrap_or(1);
            const MONTHS: [&str; 12] =
                ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
            format!("{day} {} {} Old Style", MONTHS[month.clamp(1, 12) - 1], parts[0])
        }
        Err(_) => format!("{text} Old Style"),
    }
}

impl HistDate {
    /// A date known to the day.
    pub fn ymd(year: i32, month: u8, day: u8) -> HistDate {
        HistDate { year, month: Some(month), day: Some(day), approximate: false }
    }

    /// A date known only to the year.
    pub fn year(year: i32) -> HistDate {
        HistDate { year, month: None, day: None, approximate: false }
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// The first day the date can mean: 1898 means 1898-01-01.
    ///
    /// Control periods start on the first day of their `from` date, so a
    /// period that starts "1898" is in force from the first day of 1898.
    pub fn first_day(&self) -> DayNumber {
        day_number(self.year, self.month.unwrap_or(1), self.day.unwrap_or(1))
    }

    /// The last day the date can mean: 1898 means 1898-12-31.
    pub fn last_day(&self) -> DayNumber {
        let month = self.month.unwrap_or(12);
        let day = self.day.unwrap_or_else(|| days_in_month(self.year, month));
        day_number(self.year, month, day)
    }

    /// The date written as in the data files (`~1945-09`).
    pub fn to_data_string(&self) -> String {
        let mut s = String::new();
        if self.approximate {
            s.push('~');
        }
        s.push_str(&format!("{:04}", self.year));
        if let Some(m) = self.month {
            s.push_str(&format!("-{m:02}"));
            if let Some(d) = self.day {
                s.push_str(&format!("-{d:02}"));
            }
        }
        s
    }

    /// The date in words, as a reader expects it: "5 Sep 1945", "Sep 1945",
    /// "1945", with "c." before an approximate date.
    pub fn to_display_string(&self) -> String {
        const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
        let approx = if self.approximate { "c. " } else { "" };
        match (self.month, self.day) {
            (Some(m), Some(d)) => {
                format!("{approx}{d} {} {}", MONTHS[usize::from(m - 1)], self.year)
            }
            (Some(m), None) => format!("{approx}{} {}", MONTHS[usize::from(m - 1)], self.year),
            _ => format!("{approx}{}", self.year),
        }
    }
}

impl std::str::FromStr for HistDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (approximate, rest) = match text.strip_prefix('~') {
            Some(rest) => (true, rest),
            None => (false, text),
        };
        let parts: Vec<&str> = rest.split('-').collect();
        let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
        let bad = || DateError::Format(text.to_string());
        if parts.is_empty() || parts.len() > 3 || !digits(parts[0], 4) {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month = match parts.get(1) {
            Some(m) if digits(m, 2) => Some(m.parse::<u8>().map_err(|_| bad())?),
            Some(_) => return Err(bad()),
            None => None,
        };
        if let Some(m) = month {
            if !(1..=12).contains(&m) {
                return Err(DateError::Month(text.to_string()));
            }
        }
        let day = match parts.get(2) {
            Some(d) if digits(d, 2) => Some(d.parse::<u8>().map_err(|_| bad())?),
            Some(_) => return Err(bad()),
            None => None,
        };
        if let (Some(m), Some(d)) = (month, day) {
            if d == 0 || d > days_in_month(year, m) {
                return Err(DateError::Day(text.to_string()));
            }
        }
        Ok(HistDate { year, month, day, approximate })
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_display_string())
    }
}

impl Serialize for HistDate {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_data_string())
    }
}

impl<'de> Deserialize<'de> for HistDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_each_precision() {
        let cases = [
            ("1945-09-05", Precision::Day, false),
            ("1945-09", Precision::Month, false),
            ("1898", Precision::Year, false),
            ("~1905-11", Precision::Month, true),
        ];
        for (text, precision, approx) in cases {
            let d: HistDate = text.parse().unwrap();
            assert_eq!(d.precision(), precision, "{text}");
            assert_eq!(d.approximate, approx, "{text}");
            assert_eq!(d.to_data_string(), text);
        }
    }

    #[test]
    fn refuses_impossible_dates() {
        let cases = ["1945-02-29", "1945-13", "1945-00-10", "45", "1945-9-5", "1945/09/05", "", "~", "1945-09-05-01"];
        for text in cases {
            assert!(text.parse::<HistDate>().is_err(), "{text} should be refused");
        }
        assert!("1944-02-29".parse::<HistDate>().is_ok(), "1944 is a leap year");
        assert!("1900-02-29".parse::<HistDate>().is_err(), "1900 is not a leap year");
    }

    #[test]
    fn day_numbers_match_known_dates() {
        assert_eq!(day_number(1970, 1, 1), 0);
        assert_eq!(day_number(2000, 3, 1), 11_017);
        assert_eq!(day_number(1969, 12, 31), -1);
        // The Treaty of Shimoda (7 Feb 1855) came 90 years before Yalta (11 Feb 1945).
        assert_eq!(day_number(1945, 2, 11) - day_number(1855, 2, 7), 90 * 365 + 22 + 4);
    }

    #[test]
    fn year_and_month_dates_span_their_range() {
        let y = HistDate::year(1898);
        assert_eq!(y.first_day(), day_number(1898, 1, 1));
        assert_eq!(y.last_day(), day_number(1898, 12, 31));
        let feb: HistDate = "1944-02".parse().unwrap();
        assert_eq!(feb.last_day(), day_number(1944, 2, 29));
    }

    #[test]
    fn old_style_dates_convert_to_gregorian() {
        let cases = [
            ("1850-08-01", HistDate::ymd(1850, 8, 13)), // Nikolayevsky Post founded
            ("1875-04-25", HistDate::ymd(1875, 5, 7)),  // Treaty of Saint Petersburg
            ("1900-02-29", HistDate::ymd(1900, 3, 13)), // a Julian leap day the Gregorian calendar lacks
            ("1904-01-26", HistDate::ymd(1904, 2, 8)),  // the attack on Port Arthur
            ("1905-08-23", HistDate::ymd(1905, 9, 5)),  // Treaty of Portsmouth
            ("1918-01-31", HistDate::ymd(1918, 2, 13)), // Russia's last Old Style day
        ];
        for (old, new) in cases {
            assert_eq!(old_style_to_gregorian(old), Ok(new), "{old}");
        }
        for bad in ["1855-01", "1855-13-01", "1901-02-29", "26 Jan 1855"] {
            assert!(old_style_to_gregorian(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for days in [-60_000, -1, 0, 1, 11_017, 20_000] {
            let (y, m, d) = civil_from_day_number(days);
            assert_eq!(day_number(y, m, d), days);
        }
    }

    #[test]
    fn displays_in_words() {
        assert_eq!(HistDate::ymd(1945, 9, 5).to_display_string(), "5 Sep 1945");
        assert_eq!("~1920-10".parse::<HistDate>().unwrap().to_string(), "c. Oct 1920");
    }
}
