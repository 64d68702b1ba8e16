/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The register block written out as the bytes a BAR would hold. */
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sim_dump.h"

int cxlmb_sim_dump(const struct cxlmb_sim *s, const char *path, uint64_t offset, uint64_t min_size)
{
	struct stat st;
	size_t done = 0;
	int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0600);

	if (fd < 0)
		return -1;
	while (done < s->regs_len) {
		ssize_t w = pwrite(fd, s->regs + done, s->regs_len - done, (off_t)(offset + done));
		if (w <= 0)
			goto fail;
		done += (size_t)w;
	}
	if (fstat(fd, &st) || ((uint64_t)st.st_size < min_size && ftruncate(fd, (off_t)min_size)))
		goto fail;
	return close(fd);
fail:
	close(fd);
	return -1;
}
