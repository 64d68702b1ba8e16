/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Real register blocks reached from a hosted program (not the core).
 *
 *   pci:DDDD:BB:DD.F  a PCI function's CXL memory-device register block (or
 *                     a switch mailbox CCI's), found through sysfs: config
 *                     space -> Register Locator DVSEC (CXL r3.2 §8.1.9) ->
 *                     resource<BIR> mapped at the block's offset.
 *   file:PATH[@OFF]   the same block laid out in a plain file at byte OFF.
 *
 * The register backend does volatile 32- and 64-bit accesses only (no byte
 * or 16-bit access ever reaches a register; the payload area goes by 32-bit
 * words), as CXL r3.2 §8.2.8 requires of register access.
 *
 * Every refusal is one line in err (no newline) and CXLMB_HOST_REFUSED;
 * the caller prints it and exits 2. */
#ifndef CXLMB_HOSTDEV_H
#define CXLMB_HOSTDEV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cxlmb/cxlmb.h"

enum cxlmb_host_status {
	CXLMB_HOST_OK = 0,
	CXLMB_HOST_DEVICE = 1,  /* the device misbehaves (malformed registers, never ready) */
	CXLMB_HOST_REFUSED = 2, /* bad spec, unsafe or unusable setup: nothing was touched */
};

/* Environment variable naming the sysfs root ("/sys" when unset), so the
 * refusals can be tested on a fake tree. */
#define CXLMB_SYSFS_ROOT_ENV "CXLMB_SYSFS_ROOT"
/* Largest register block mapped: capabilities array + a 1 MiB payload. */
#define CXLMB_HOST_MAP_MAX (2u << 20)

struct cxlmb_host_opts {
	bool force;             /* go on although a kernel driver is bound */
	const char *sysfs_root; /* NULL: $CXLMB_SYSFS_ROOT, else /sys */
	uint64_t cmd_timeout_ms;   /* 0: the transport default (2 s) */
	uint64_t ready_timeout_ms; /* 0: the transport default (60 s) */
};

/* The mapped register block: the backend's context. */
struct cxlmb_mmio {
	volatile uint8_t *blk; /* first byte of the register block */
	uint32_t len;          /* bytes of the block that are mapped */
	void *map;             /* the page-aligned mapping */
	size_t map_len;
	int fd;
};

/* Volatile 32/64-bit register access over a struct cxlmb_mmio, host clock. */
extern const struct cxlmb_backend_ops cxlmb_mmio_ops;

struct cxlmb_hostdev {
	struct cxlmb_mmio io;
	struct cxlmb_devregs regs;      /* the walked Device Capabilities Array */
	struct cxlmb_mbox_config mcfg;  /* transport configuration from it */
	bool is_switch_cci;             /* class 0C0Bh (pci:) or no Memory Device Status */
	uint32_t class_code;            /* pci: the 24-bit class code (0 for file:) */
	char driver[64];                /* pci: the bound driver ("" if none) */
	uint8_t bir;                    /* pci: the BAR holding the block */
	uint64_t offset;                /* the block's offset in the BAR or file */
};

/* Open "DDDD:BB:DD.F" (or "BB:DD.F": domain 0). */
int cxlmb_pci_open(const char *bdf, const struct cxlmb_host_opts *o, struct cxlmb_hostdev *d,
		   char *err, size_t errlen);
/* Open "PATH[@OFFSET]" (decimal or 0x-hex offset). */
int cxlmb_file_open(const char *spec, const struct cxlmb_host_opts *o, struct cxlmb_hostdev *d,
		    char *err, size_t errlen);
/* The mailbox transport over an open device: waits for readiness
 * (CXLMB_HOST_DEVICE with err when it never comes). */
int cxlmb_hostdev_mbox_init(struct cxlmb_hostdev *d, struct cxlmb_mbox *mb, char *err,
			    size_t errlen);
void cxlmb_hostdev_close(struct cxlmb_hostdev *d);

#endif
