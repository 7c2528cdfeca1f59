//! Historical dates that know how precisely they are known.
//!
//! A [`HistDate`] is a Gregorian date known to the year, the month or the
//! day, optionally flagged as approximate. The record never invents a day it
//! does not know: `1898` stays a year, `1945-09` stays a month.

use std::fmt;

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
    /// The date must be known to the day (an Old Style date) but is not.
    NotADay(String),
}

impl DateError {
    /// The same error, naming the whole text it was found in.
    fn for_text(self, text: &str) -> DateError {
        match self {
            DateError::Format(_) => DateError::Format(text.to_string()),
            DateError::Month(_) => DateError::Month(text.to_string()),
            DateError::Day(_) => DateError::Day(text.to_string()),
            DateError::NotADay(_) => DateError::NotADay(text.to_string()),
        }
    }
}

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateError::Format(s) => write!(f, "'{s}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"),
            DateError::Month(s) => write!(f, "'{s}' has no month of that number"),
            DateError::Day(s) => write!(f, "'{s}' names a day that month does not have"),
            DateError::NotADay(s) => write!(f, "'{s}' must be a day, written YYYY-MM-DD"),
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

/// A date of the Julian calendar, the "Old Style" Russia used until
/// February 1918, always known to the day. Written `YYYY-MM-DD` in the data;
/// reading it checks the Julian month lengths (1900-02-29 exists).
///
/// ```
/// use atlas_core::date::{HistDate, OldStyleDate};
/// // The Treaty of Shimoda: 26 Jan 1855 Old Style.
/// let shimoda: OldStyleDate = "1855-01-26".parse().unwrap();
/// assert_eq!(shimoda.to_gregorian(), HistDate::ymd(1855, 2, 7));
/// assert_eq!(shimoda.to_string(), "26 Jan 1855 Old Style");
/// // The October Revolution: 25 Oct 1917 Old Style.
/// let october: OldStyleDate = "1917-10-25".parse().unwrap();
/// assert_eq!(october.to_gregorian(), HistDate::ymd(1917, 11, 7));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct OldStyleDate {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// The number of days in a month of the Julian calendar, where every
/// fourth year is a leap year, 1900 included.
pub fn julian_days_in_month(year: i32, month: u8) -> u8 {
    if month == 2 && year.rem_euclid(4) == 0 {
        29
    } else {
        days_in_month(1999, month)
    }
}

impl OldStyleDate {
    /// The same day in the Gregorian calendar the record uses.
    pub fn to_gregorian(&self) -> HistDate {
        let (year, month, day) = civil_from_day_number(julian_day_number(self.year, self.month, self.day));
        HistDate::ymd(year, month, day)
    }

    /// The date as written in the data files (`1855-01-26`).
    pub fn to_data_string(&self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl std::str::FromStr for OldStyleDate {
    type Err = DateError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match parse_calendar_date(text, julian_days_in_month)? {
            (year, Some(month), Some(day)) => Ok(OldStyleDate { year, month, day }),
            _ => Err(DateError::NotADay(text.to_string())),
        }
    }
}

impl fmt::Display for OldStyleDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {} {} Old Style", self.day, MONTH_ABBREVIATIONS[usize::from(self.month - 1)], self.year)
    }
}

/// English month abbreviations, as dates are printed in the record's texts.
const MONTH_ABBREVIATIONS: [&str; 12] =
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// The one reader of the record's date forms, `YYYY`, `YYYY-MM` and
/// `YYYY-MM-DD`, for both calendars: `days_in` gives the calendar's month
/// lengths. Returns the year and, where written, the month and the day.
fn parse_calendar_date(text: &str, days_in: fn(i32, u8) -> u8) -> Result<(i32, Option<u8>, Option<u8>), DateError> {
    let bad = || DateError::Format(text.to_string());
    let digits = |s: &str, len: usize| s.len() == len && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.split('-').collect();
    if parts.len() > 3 || !parts.iter().zip([4, 2, 2]).all(|(p, len)| digits(p, len)) {
        return Err(bad());
    }
    let number = |i: usize| parts.get(i).map(|p| p.parse::<u16>().map_err(|_| bad())).transpose();
    let year = i32::from(number(0)?.ok_or_else(bad)?);
    let month = number(1)?;
    let day = number(2)?;
    let month = match month {
        Some(m) if (1..=12).contains(&m) => Some(m as u8),
        Some(_) => return Err(DateError::Month(text.to_string())),
        None => None,
    };
    let day = match (month, day) {
        (Some(m), Some(d)) if d >= 1 && d <= u16::from(days_in(year, m)) => Some(d as u8),
        (_, Some(_)) => return Err(DateError::Day(text.to_string())),
        (_, None) => None,
    };
    Ok((year, month, day))
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
        const MONTHS: [&str; 12] = MONTH_ABBREVIATIONS;
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
        let (year, month, day) = parse_calendar_date(rest, days_in_month).map_err(|e| e.for_text(text))?;
        Ok(HistDate { year, month, day, approximate })
    }
}

impl fmt::Display for HistDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_display_string())
    }
}

crate::text_serde::serde_as_text!(HistDate, to_data_string);
crate::text_serde::serde_as_text!(OldStyleDate, to_data_string);

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
            assert_eq!(old.parse::<OldStyleDate>().map(|d| d.to_gregorian()), Ok(new), "{old}");
        }
        for bad in ["1855-01", "1855-13-01", "1901-02-29", "26 Jan 1855", "~1855-01-26"] {
            assert!(bad.parse::<OldStyleDate>().is_err(), "{bad}");
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
