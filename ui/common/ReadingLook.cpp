#include "ReadingLook.h"

#include "ui/common/BackgroundReader.h"

#include <QAbstractScrollArea>

namespace astro::ui {

void ReadingLook::showOn(BackgroundReader* reader,
                         std::initializer_list<QAbstractScrollArea*> views)
{
    for (QAbstractScrollArea* view : views)
        QObject::connect(reader, &BackgroundReader::busyChanged, view, [view](bool busy) {
            if (busy)
                view->viewport()->setCursor(Qt::BusyCursor);
            else
                view->viewport()->unsetCursor();
        });
}

QString ReadingLook::text()
{
    return tr("Reading…");
}

} // namespace astro::ui
