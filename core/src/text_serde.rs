//! Types written in the data as text (a date, a colour): serde reads them
//! through `FromStr`, so a bad value is a schema error saying why, and
//! writes them back in the same form.

/// Implements `Serialize` with `$write` (a method returning the text as the
/// data has it) and `Deserialize` with the type's `FromStr`.
macro_rules! serde_as_text {
    ($type:ty, $write:ident) => {
        impl serde::Serialize for $type {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(&self.$write())
            }
        }

        impl<'de> serde::Deserialize<'de> for $type {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = <String as serde::Deserialize>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

pub(crate) use serde_as_text;
