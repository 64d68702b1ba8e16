/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* file:PATH[@OFFSET]: a register block laid out in a plain file (tests,
 * dumps, platforms that expose a block as a file). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostdev_internal.h"

int cxlmb_file_open(const char *spec, const struct cxlmb_host_opts *o, struct cxlmb_hostdev *d,
		    char *err, size_t n)
{
	char path[4096];
	uint64_t offset = 0;
	const char *at = spec ? strrchr(spec, '@') : NULL;
	size_t plen;
	struct stat st;
	int fd;

	cxlmb_hostdev_zero(d);
	if (!spec || !*spec || at == spec)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "file: needs a path (file:PATH[@OFFSET])");
	plen = at ? (size_t)(at - spec) : strlen(spec);
	if (plen >= sizeof(path))
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "file: path too long");
	memcpy(path, spec, plen);
	path[plen] = 0;
	if (at) {
		char *end;
		errno = 0;
		unsigned long long v = strtoull(at + 1, &end, 0);
		if (!at[1] || *end || errno || at[1] == '-')
			return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
					       "bad offset '%s' in file:%s (decimal or 0x-hex)", at + 1, spec);
		offset = v;
	}
	if ((fd = open(path, O_RDWR | O_CLOEXEC)) < 0) {
		int e = errno;
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "cannot open %s: %s%s", path,
				       strerror(e), e == EACCES || e == EPERM ? " (no permission)" : "");
	}
	if (fstat(fd, &st) || !S_ISREG(st.st_mode)) {
		close(fd);
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "%s is not a regular file", path);
	}
	if (offset >= (uint64_t)st.st_size) {
		close(fd);
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "offset 0x%llx is outside %s (%lld bytes)",
				       (unsigned long long)offset, path, (long long)st.st_size);
	}
	return cxlmb_host_map(d, fd, offset, (uint64_t)st.st_size - offset, o, path, err, n);
}
