/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* pci:DDDD:BB:DD.F through sysfs (/sys/bus/pci/devices/<bdf>/).
 *
 * Refuses, before any register is touched: a malformed address, a missing
 * device, config space it may not read (not root), a class code that is
 * not a CXL memory device (050210h, CXL r3.2 §8.1.12.1) or switch mailbox
 * CCI (0C0Bh, §8.2.8.6 / PCI Code and ID Assignment), a bound kernel driver
 * (it owns the mailbox; --force overrides), memory space decoding off (PCI
 * Command bit 1), no memory-device block in the Register Locator DVSEC
 * (§8.1.9), a block offset outside its BAR, and a BAR shorter than the
 * block its capabilities array describes. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hostdev_internal.h"

#define CLASS_MEMDEV 0x050210u   /* memory controller, CXL, CXL memory device */
#define CLASS_SWITCH_CCI 0x0C0Bu /* serial bus controller, CXL switch mailbox CCI (any prog-if) */
#define PCI_COMMAND 0x04u
#define PCI_COMMAND_MEMORY 0x2u
#define PCI_CLASS_REVISION 0x08u

static bool hexn(const char *s, size_t n, unsigned *v)
{
	*v = 0;
	for (size_t i = 0; i < n; i++) {
		char c = s[i];
		unsigned d = c >= '0' && c <= '9' ? (unsigned)(c - '0')
			   : c >= 'a' && c <= 'f' ? (unsigned)(c - 'a' + 10)
			   : c >= 'A' && c <= 'F' ? (unsigned)(c - 'A' + 10) : 16u;
		if (d > 15)
			return false;
		*v = *v << 4 | d;
	}
	return true;
}

/* "DDDD:BB:DD.F" or "BB:DD.F" into the canonical lower-case form. */
static bool parse_bdf(const char *s, char out[16])
{
	unsigned dom = 0, bus, dev, fn;
	size_t len = strlen(s);
	if (len == 7) {
		if (s[2] != ':' || s[5] != '.' || !hexn(s, 2, &bus) || !hexn(s + 3, 2, &dev) ||
		    !hexn(s + 6, 1, &fn))
			return false;
	} else if (len == 12) {
		if (s[4] != ':' || s[7] != ':' || s[10] != '.' || !hexn(s, 4, &dom) ||
		    !hexn(s + 5, 2, &bus) || !hexn(s + 8, 2, &dev) || !hexn(s + 11, 1, &fn))
			return false;
	} else {
		return false;
	}
	if (dev > 0x1F || fn > 7)
		return false;
	snprintf(out, 16, "%04x:%02x:%02x.%x", dom & 0xFFFFu, bus & 0xFFu, dev, fn);
	return true;
}

static const char *sysfs_root(const struct cxlmb_host_opts *o)
{
	const char *r = o && o->sysfs_root ? o->sysfs_root : getenv(CXLMB_SYSFS_ROOT_ENV);
	return r && *r ? r : "/sys";
}

static int read_config(const char *path, uint8_t *cfg, size_t cap, size_t *got, char *err, size_t n)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	ssize_t r;
	if (fd < 0) {
		int e = errno;
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "cannot read %s: %s%s", path,
				       strerror(e), e == EACCES || e == EPERM ? " (not root?)" : "");
	}
	*got = 0;
	while (*got < cap && (r = read(fd, cfg + *got, cap - *got)) > 0)
		*got += (size_t)r;
	close(fd);
	return CXLMB_HOST_OK;
}

int cxlmb_pci_open(const char *bdf, const struct cxlmb_host_opts *o, struct cxlmb_hostdev *d,
		   char *err, size_t n)
{
	char addr[16], dir[PATH_MAX], path[PATH_MAX + 32], link[PATH_MAX];
	uint8_t cfg[CXLMB_PCI_CFG_SPACE_MAX];
	size_t got = 0;
	struct stat st;
	struct cxlmb_regblock rb;
	ssize_t ll;
	int rc, fd;

	cxlmb_hostdev_zero(d);
	if (!bdf || !parse_bdf(bdf, addr))
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "bad PCI address '%s' (expected DDDD:BB:DD.F, e.g. pci:0000:0d:00.0)",
				       bdf ? bdf : "");
	snprintf(dir, sizeof(dir), "%s/bus/pci/devices/%s", sysfs_root(o), addr);
	if (stat(dir, &st) || !S_ISDIR(st.st_mode))
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "no PCI device %s (%s: %s)", addr,
				       dir, strerror(errno ? errno : ENOENT));

	snprintf(path, sizeof(path), "%s/config", dir);
	if ((rc = read_config(path, cfg, sizeof(cfg), &got, err, n)))
		return rc;
	if (got < 64)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s holds %zu bytes, less than a PCI configuration header", path, got);
	memset(cfg + got, 0, sizeof(cfg) - got);

	d->class_code = (uint32_t)cfg[PCI_CLASS_REVISION + 3] << 16 |
			(uint32_t)cfg[PCI_CLASS_REVISION + 2] << 8 | cfg[PCI_CLASS_REVISION + 1];
	if (d->class_code != CLASS_MEMDEV && d->class_code >> 8 != CLASS_SWITCH_CCI)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s has class code %06Xh: not a CXL memory device (050210h) or switch mailbox CCI (0C0Bh)",
				       addr, d->class_code);
	/* sysfs hands a non-root reader only the standard header */
	if (got < CXLMB_PCI_EXT_CAP_START + 4)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       geteuid() ? "only %zu bytes of %s are readable: extended configuration space needs root"
					 : "only %zu bytes of %s exist: no extended configuration space, so no Register Locator",
				       got, path);
	d->is_switch_cci = d->class_code >> 8 == CLASS_SWITCH_CCI;

	snprintf(path, sizeof(path), "%s/driver", dir);
	if ((ll = readlink(path, link, sizeof(link) - 1)) > 0) {
		link[ll] = 0;
		const char *base = strrchr(link, '/');
		snprintf(d->driver, sizeof(d->driver), "%.63s", base ? base + 1 : link);
		if (!(o && o->force))
			return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
					       "%s is bound to kernel driver '%s', which owns its mailbox: unbind it, use linux:, or --force",
					       addr, d->driver);
	}

	if (!(cfg[PCI_COMMAND] & PCI_COMMAND_MEMORY))
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s has memory space decoding off (PCI Command bit 1): its BARs do not respond",
				       addr);

	/* the BAR sizes, so discovery checks each register block against its BAR */
	uint64_t bars[CXLMB_PCI_BARS];
	for (unsigned b = 0; b < CXLMB_PCI_BARS; b++) {
		snprintf(path, sizeof(path), "%s/resource%u", dir, b);
		bars[b] = stat(path, &st) ? 0 : (uint64_t)st.st_size;
	}
	rc = cxlmb_regloc_find(cfg, sizeof(cfg), bars, CXLMB_RBI_MEMDEV, 0, &rb);
	if (rc == CXLMB_E_OUT_OF_RANGE && rb.rbi == CXLMB_RBI_MEMDEV && rb.bir < CXLMB_PCI_BARS &&
	    !bars[rb.bir])
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s: the register block's BAR %u is not there (no %s/resource%u)",
				       addr, rb.bir, dir, rb.bir);
	if (rc == CXLMB_E_OUT_OF_RANGE && rb.rbi == CXLMB_RBI_MEMDEV)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s: Register Locator points at offset 0x%llx, outside BAR %u (%llu bytes)",
				       addr, (unsigned long long)rb.offset, rb.bir,
				       (unsigned long long)(rb.bir < CXLMB_PCI_BARS ? bars[rb.bir] : 0));
	if (rc == CXLMB_E_NOT_FOUND)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s: no CXL device register block (RBI 3) in a Register Locator DVSEC", addr);
	if (rc)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "%s: Register Locator DVSEC: %s: %s",
				       addr, cxlmb_strerror(rc), cxlmb_errdesc(rc));
	d->bir = rb.bir;

	snprintf(path, sizeof(path), "%s/resource%u", dir, rb.bir);
	if (stat(path, &st))
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s: the register block's BAR %u is not there (%s: %s)", addr, rb.bir,
				       path, strerror(errno));
	if (rb.offset >= (uint64_t)st.st_size)
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED,
				       "%s: Register Locator points at offset 0x%llx, outside BAR %u (%lld bytes)",
				       addr, (unsigned long long)rb.offset, rb.bir, (long long)st.st_size);
	if ((fd = open(path, O_RDWR | O_SYNC | O_CLOEXEC)) < 0) {
		int e = errno;
		return cxlmb_host_fail(err, n, CXLMB_HOST_REFUSED, "cannot open %s: %s%s", path,
				       strerror(e), e == EACCES || e == EPERM ? " (not root?)" : "");
	}
	return cxlmb_host_map(d, fd, rb.offset, (uint64_t)st.st_size - rb.offset, o, path, err, n);
}
