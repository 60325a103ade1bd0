/* Debian's libxml2 is built with ICU, whose headers clash with the ICU inside Swift's
   Foundation; Dyad never touches the ICU part of an encoding handler, so it is left out. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* libxml2 reports problems through two hooks, both per thread. Dyad installs these on the thread
   that parses, so nothing is ever printed to standard error: the generic hook (variadic, which
   Swift cannot write) is silenced, and the structured one counts the errors that matter
   (encoding conversions and input) in the int[2] the caller passes: [0] encoding, [1] other. */
static void dyad_xml_generic_silent(void *context, const char *message, ...) {
    (void)context; (void)message;
}

static void dyad_xml_structured(void *context, xmlErrorPtr error) {
    if (context == NULL || error == NULL) return;
    int *counts = (int *)context;
    if (error->domain == XML_FROM_I18N || error->domain == XML_FROM_IO || error->code == XML_ERR_INVALID_CHAR) {
        counts[0] += 1;
    } else if (error->level >= XML_ERR_FATAL) {
        counts[1] += 1;
    }
}

static inline void dyad_xml_quiet(int *counts) {
    xmlSetGenericErrorFunc(NULL, dyad_xml_generic_silent);
    xmlSetStructuredErrorFunc(counts, dyad_xml_structured);
}

static inline void dyad_xml_release(void) {
    xmlSetStructuredErrorFunc(NULL, NULL);
}

static inline void dyad_xml_free(void *pointer) {
    xmlFree(pointer);
}
