/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Map a register block out of a file descriptor and find its mailbox:
 * what pci: and file: share once they know where the block is. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hostdev_internal.h"

int cxlmb_host_fail(char *err, size_t n, int status, const char *fmt, ...)
{
	va_list ap;
	if (err && n) {
		va_start(ap, fmt);
		vsnprintf(err, n, fmt, ap);
		va_end(ap);
		/* one line, whatever a path or a driver name held */
		for (char *p = err; *p; p++)
			if (*p == '\n' || *p == '\r')
				*p = ' ';
	}
	return status;
}

static int map_block(struct cxlmb_hostdev *d, int fd, uint64_t offset, uint64_t avail,
		     const struct cxlmb_host_opts *o, const char *what, char *err, size_t n)
{
	long page = sysconf(_SC_PAGESIZE);
	uint64_t pg = page > 0 ? (uint64_t)page : 4096u;
	uint64_t lead = offset % pg;
	uint64_t len = avail > CXLMB_HOST_MAP_MAX ? CXLMB_HOST_MAP_MAX : avail;
	int rc;

	d->io.fd = fd;
	/* the array header and one capability header, at the least */
	if (len < 0x20)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s has %llu bytes at offset 0x%llx: shorter than the register block",
				       what, (unsigned long long)avail, (unsigned long long)offset);
	void *p = mmap(NULL, (size_t)(lead + len), PROT_READ | PROT_WRITE, MAP_SHARED, fd,
		       (off_t)(offset - lead));
	if (p == MAP_FAILED)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "cannot map %s at 0x%llx: %s", what,
				       (unsigned long long)offset, strerror(errno));
	d->io.map = p;
	d->io.map_len = (size_t)(lead + len);
	d->io.blk = (volatile uint8_t *)p + lead;
	d->io.len = (uint32_t)len;
	d->offset = offset;

	rc = cxlmb_devregs_parse(&cxlmb_mmio_ops, &d->io, d->io.len, &d->regs);
	if (rc == CXLMB_E_OUT_OF_RANGE)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s (%u bytes from offset 0x%llx) is shorter than the register block its capabilities array describes",
				       what, d->io.len, (unsigned long long)offset);
	if (rc)
		return cxlmb_host_fail(err, n, CXLMB_HOST_DEVICE,
				       "%s: Device Capabilities Array at 0x%llx: %s: %s", what,
				       (unsigned long long)offset, cxlmb_strerror(rc), cxlmb_errdesc(rc));
	if ((rc = cxlmb_devregs_mbox_config(&d->regs, &d->mcfg)))
		return cxlmb_host_fail(err, n, CXLMB_HOST_DEVICE,
				       "%s: the register block at 0x%llx has no primary mailbox", what,
				       (unsigned long long)offset);
	if (!d->regs.memdev_status.present)
		d->is_switch_cci = true;
	if (o && o->cmd_timeout_ms)
		d->mcfg.cmd_timeout_ns = o->cmd_timeout_ms * 1000000ull;
	if (o && o->ready_timeout_ms)
		d->mcfg.ready_timeout_ns = o->ready_timeout_ms * 1000000ull;
	return CXLMB_HOST_OK;
}

int cxlmb_host_map(struct cxlmb_hostdev *d, int fd, uint64_t offset, uint64_t avail,
		   const struct cxlmb_host_opts *o, const char *what, char *err, size_t n)
{
	int st = map_block(d, fd, offset, avail, o, what, err, n);
	if (st != CXLMB_HOST_OK)
		cxlmb_hostdev_close(d);
	return st;
}

int cxlmb_hostdev_mbox_init(struct cxlmb_hostdev *d, struct cxlmb_mbox *mb, char *err, size_t n)
{
	int rc = cxlmb_mbox_init(mb, &cxlmb_mmio_ops, &d->io, &d->mcfg);
	if (rc)
		return cxlmb_host_fail(err, n, CXLMB_HOST_DEVICE, "mailbox at 0x%x: %s: %s",
				       d->mcfg.mbox_off, cxlmb_strerror(rc), cxlmb_errdesc(rc));
	return CXLMB_HOST_OK;
}

void cxlmb_hostdev_close(struct cxlmb_hostdev *d)
{
	if (d->io.map)
		munmap(d->io.map, d->io.map_len);
	if (d->io.fd >= 0)
		close(d->io.fd);
	d->io.map = NULL;
	d->io.blk = NULL;
	d->io.fd = -1;
}

void cxlmb_hostdev_zero(struct cxlmb_hostdev *d)
{
	memset(d, 0, sizeof(*d));
	d->io.fd = -1;
}
