//! The texts of the data files, however they were read (from disk by the
//! validator, compiled in by the tests).

use std::collections::HashMap;

use atlas_core::DataFile;

/// The text of every data file, indexed by [`DataFile`].
#[derive(Clone, Debug)]
pub struct DataFiles {
    texts: HashMap<DataFile, String>,
}

impl DataFiles {
    /// Collects the texts of every file of `geo/data/` from a function that reads one file.
    pub fn read_with<E>(mut read: impl FnMut(DataFile) -> Result<String, E>) -> Result<DataFiles, E> {
        let mut texts = HashMap::new();
        for file in DataFile::ALL {
            texts.insert(file, read(file)?);
        }
        Ok(DataFiles { texts })
    }

    /// Reads every file from a directory laid out like `geo/data/`.
    pub fn read_dir(dir: &std::path::Path) -> Result<DataFiles, String> {
        DataFiles::read_with(|file| {
            let path = dir.join(file.file_name());
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))
        })
    }

    /// The text of one file (empty if it was never read).
    pub fn text(&self, file: DataFile) -> &str {
        self.texts.get(&file).map(String::as_str).unwrap_or("")
    }

    /// Replaces one file's text, as the tests do to break the record.
    pub fn with(mut self, file: DataFile, text: impl Into<String>) -> DataFiles {
        self.texts.insert(file, text.into());
        self
    }
}
