//! Long-lived list models: each list property gets one `VecModel` at connect, and every push
//! updates its rows in place (only rows that changed notify), so repeaters keep their elements
//! and a list keeps its scroll position.

use slint::{Model, ModelRc, VecModel};

/// A new, empty model for a list property (set once, at connect).
pub fn new_list<T: Clone + 'static>() -> ModelRc<T> {
    ModelRc::new(VecModel::<T>::default())
}

/// The `VecModel` behind a list property set with `new_list`.
pub fn vec_model<T: Clone + 'static>(model: &ModelRc<T>) -> &VecModel<T> {
    model.as_any().downcast_ref::<VecModel<T>>().expect("list properties hold the VecModel set at connect")
}

/// Makes `model` hold `rows`: changed rows are replaced, new ones appended, extra ones removed.
pub fn set_rows<T: Clone + PartialEq + 'static>(model: &ModelRc<T>, rows: impl IntoIterator<Item = T>) {
    let model = vec_model(model);
    let mut n = 0;
    for row in rows {
        if n < model.row_count() {
            if model.row_data(n).as_ref() != Some(&row) {
                model.set_row_data(n, row);
            }
        } else {
            model.push(row);
        }
        n += 1;
    }
    while model.row_count() > n {
        model.remove(model.row_count() - 1);
    }
}
