#pragma once

#include <QFile>
#include <QSaveFile>

namespace astro {

// Opens a file the store writes out (an export, a batch, a report) so that only the account
// running the counter can read it, whatever the umask: set before the first byte, kept by the
// rename on commit. Exports carry customers' names and emails.
inline bool openOwnerOnly(QSaveFile& file)
{
    return file.open(QIODevice::WriteOnly) &&
           file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace astro
