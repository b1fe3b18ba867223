/* asyncc.h - the asyncc runtime's public interface.
 *
 * The translator adds this header's directory to the preprocessor's search
 * path and defines __ASYNCC__ while translating, so sources can include it
 * without extra flags. The task and event-loop API arrives with the async
 * transform; for now the header only identifies the release. */
#ifndef ASYNCC_H
#define ASYNCC_H

#define ASYNCC_VERSION_MAJOR 0
#define ASYNCC_VERSION_MINOR 1
#define ASYNCC_VERSION_PATCH 0

#endif
