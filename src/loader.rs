//! Fetching the record's files from the site's own `data/` folder.

use std::fmt;

use atlas_core::bundle::{load_bundle, FILE_NAME};
use atlas_core::map::MapGeometry;
use atlas_core::{Atlas, DataErrors};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why the atlas could not start.
#[derive(Clone, Debug, PartialEq)]
pub enum LoadError {
    /// The request for a file failed (offline, blocked, aborted).
    Fetch { file: &'static str, detail: String },
    /// The server answered a file's request with an error status.
    Status { file: &'static str, status: u16 },
    /// The files arrived but the record in them is broken.
    Data(DataErrors),
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Fetch { file, detail } => {
                write!(f, "data/{file} could not be fetched: {detail}")
            }
            LoadError::Status { file, status } => {
                write!(f, "data/{file} could not be fetched: the server answered {status}")
            }
            LoadError::Data(errors) => write!(f, "{errors}"),
        }
    }
}

fn detail(value: wasm_bindgen::JsValue) -> String {
    value
        .as_string()
        .or_else(|| js_sys::JSON::stringify(&value).ok().and_then(|s| s.as_string()))
        .unwrap_or_else(|| "unknown error".into())
}

async fn fetch_bytes(url: &str, name: &'static str) -> Result<Vec<u8>, LoadError> {
    let fail = |d: String| LoadError::Fetch { file: name, detail: d };
    let window = web_sys::window().ok_or_else(|| fail("no window".into()))?;
    let response = JsFuture::from(window.fetch_with_str(url)).await.map_err(|e| fail(detail(e)))?;
    let response: web_sys::Response = response.dyn_into().map_err(|e| fail(detail(e)))?;
    if !response.ok() {
        return Err(LoadError::Status { file: name, status: response.status() });
    }
    let buffer =
        JsFuture::from(response.array_buffer().map_err(|e| fail(detail(e)))?).await.map_err(|e| fail(detail(e)))?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Fetches the bundle from `base` (a relative URL ending in `/`, so the
/// atlas also works when hosted under a subpath) and loads the record and
/// its map from it.
pub async fn load_atlas(base: &str) -> Result<(Atlas, MapGeometry), LoadError> {
    let name = FILE_NAME;
    let bytes = fetch_bytes(&format!("{base}{name}"), name).await?;
    // The build validated the record and its geometry in full and projected
    // the outlines (see Trunk.toml); the page still checks schema,
    // references and dates, and that the map fits the record.
    load_bundle(&bytes).map_err(LoadError::Data)
}
