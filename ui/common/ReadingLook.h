#pragma once

#include <QCoreApplication>

#include <initializer_list>

class QAbstractScrollArea;

namespace astro::ui {

class BackgroundReader;

// How a page shows that its BackgroundReader is reading, the same on every page: a busy cursor
// over the views the answer fills, and "Reading…" where its totals go. Nothing is disabled: a
// filter changed meanwhile asks again at once, and the newest answer is the one shown.
class ReadingLook
{
    Q_DECLARE_TR_FUNCTIONS(ReadingLook)

public:
    // The busy cursor over the views' contents while `reader` reads.
    static void showOn(BackgroundReader* reader, std::initializer_list<QAbstractScrollArea*> views);
    // Said in place of the totals while they are read.
    static QString text();
};

} // namespace astro::ui
