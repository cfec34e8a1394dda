#ifndef DOSSIER_CLIBXML2_SHIM_H
#define DOSSIER_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, and its encoding.h then includes ICU's headers, whose
// UErrorCode differs from the copy inside Foundation (_FoundationICU): a Swift module that sees
// both fails to build. Dossier never touches the ICU parts (the last fields of
// xmlCharEncodingHandler, which it neither allocates nor reads), so the headers are read as if
// libxml2 had been built without ICU.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#endif
