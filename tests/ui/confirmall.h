#pragma once

// Tests that go past the Documents step confirm every document, as a user does in the preview.
#include "documentsviewmodel.h"

inline bool confirmAll(sic::ui::DocumentsViewModel *documents)
{
    for (int row = 0; row < documents->rowCount(); ++row) {
        if (!documents->confirm(row))
            return false;
    }
    return documents->allConfirmed();
}
