//! The browser-free core of Frontier Atlas.
//!
//! Everything the page knows and computes lives here, in plain Rust with no
//! `yew` or `web-sys`: the typed record ([`model`], [`date`], [`colour`]),
//! its rules and indexes ([`atlas`], [`error`]), the bundle the browser
//! loads ([`bundle`], [`map`]), time queries ([`query`], [`scene`],
//! [`compare`]), the
//! projection ([`projection`], [`path`]), search, export and the URL hash.
//! The Yew app on top only renders what these modules return. Reading the
//! record's files, checking its outlines and packing the bundle are
//! build-time work, in the `atlas-build` crate, which the browser never links.

pub mod atlas;
pub mod bundle;
pub mod colour;
pub mod compare;
pub mod date;
pub mod error;
pub mod export;
pub mod i18n;
pub mod inset;
pub mod key;
pub mod keyboard;
pub mod labels;
pub mod map;
pub mod model;
pub mod path;
pub mod projection;
pub mod query;
pub mod reach;
pub mod region;
pub mod scale_bar;
pub mod scene;
pub mod search;
pub mod settings;
mod text_serde;
pub mod timeline;
pub mod url;
pub mod viewport;

pub use atlas::{Atlas, DataFile, FIRST_YEAR};
pub use error::{DataError, DataErrors, Rule};
