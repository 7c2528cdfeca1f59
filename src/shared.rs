//! Large immutable data shared between components, compared by pointer.

use std::ops::Deref;
use std::rc::Rc;

use atlas_core::map::MapGeometry;
use atlas_core::Atlas;
use yew::AttrValue;

/// An `Rc` whose equality is pointer identity, so that props holding the
/// record compare in constant time and a component re-renders only when it
/// is handed a different record, never because of the record's size.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Self {
        Shared(Rc::new(value))
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// The loaded record and its projected geometry, built once at start-up.
#[derive(Debug)]
pub struct Loaded {
    pub atlas: Atlas,
    pub map: MapGeometry,
    /// Each unit's path data and id as shared strings, so that a render
    /// hands them to the DOM diff without copying them.
    pub unit_paths: Vec<AttrValue>,
    pub unit_ids: Vec<AttrValue>,
}

impl Loaded {
    /// Holds the record and its map, built once: the year slider only
    /// recolours what this holds.
    pub fn new(atlas: Atlas, map: MapGeometry) -> Loaded {
        let unit_paths = map.units.iter().map(|u| AttrValue::from(u.d.clone())).collect();
        let unit_ids = atlas.units().iter().map(|u| AttrValue::from(u.id.clone())).collect();
        Loaded { atlas, map, unit_paths, unit_ids }
    }
}
