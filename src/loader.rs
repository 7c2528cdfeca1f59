//! Fetching the record's files from the site's own `data/` folder.

use std::fmt;

use atlas_core::{Atlas, DataErrors, DataFile, DataFiles};
use futures::future::join_all;
use gloo::net::http::Request;

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

async fn fetch_text(base: &str, file: DataFile) -> Result<String, LoadError> {
    let name = file.file_name();
    let response = Request::get(&format!("{base}{name}"))
        .send()
        .await
        .map_err(|e| LoadError::Fetch { file: name, detail: e.to_string() })?;
    if !response.ok() {
        return Err(LoadError::Status { file: name, status: response.status() });
    }
    response.text().await.map_err(|e| LoadError::Fetch { file: name, detail: e.to_string() })
}

/// Fetches every data file from `base` (a relative URL ending in `/`, so the
/// atlas also works when hosted under a subpath) and loads the record.
pub async fn load_atlas(base: &str) -> Result<Atlas, LoadError> {
    let texts = join_all(DataFile::ALL.iter().map(|&file| fetch_text(base, file))).await;
    let mut texts = texts.into_iter();
    let files = DataFiles::read_with(|_| texts.next().unwrap_or_else(|| Ok(String::new())))?;
    Atlas::load(&files).map_err(LoadError::Data)
}
