/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* linux:/dev/cxl/memN (or linux:memN): the Linux kernel's CXL memory device
 * ioctls as a command-layer endpoint (kind CXLMB_EPK_KERNEL).
 *
 * For hosts where cxl_pci owns the device.  Message level only: there are
 * no registers, so checks that need them cannot run.  Opcodes with a uapi
 * command id go by id, the others as RAW (which the kernel allows only
 * when built with raw commands and not locked down).  A command the kernel
 * refuses or fails is CXLMB_E_KERNEL_REFUSED from the endpoint's send, with
 * the errno in the context: it is not a device answer. */
#ifndef CXLMB_LINUX_EP_H
#define CXLMB_LINUX_EP_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "cxlmb/cxlmb.h"

#define CXLMB_LINUX_MAX_CMDS 64u

/* How the endpoint reaches the kernel: ioctl(2), or a fake in tests. */
typedef int (*cxlmb_linux_ioctl_fn)(int fd, unsigned long req, void *arg);

struct cxlmb_linux_ep {
	int fd;
	cxlmb_linux_ioctl_fn ioctl_fn;
	struct {
		uint32_t id, flags, size_in, size_out;
	} cmds[CXLMB_LINUX_MAX_CMDS]; /* what CXL_MEM_QUERY_COMMANDS listed */
	uint32_t ncmds;
	uint32_t payload_max;  /* the kernel's payload_max for the device */
	int last_errno;        /* errno of the last refused command (0: none) */
	uint16_t last_opcode;
	bool last_raw;         /* the last command went as RAW */
	char path[256];
};

/* Open "memN" or a device node path; fills ep (root, kind KERNEL).
 * Returns 0, or 2 (refused: bad spec, no node, no permission, not a CXL
 * memory device node) with one line in err. */
int cxlmb_linux_open(const char *spec, struct cxlmb_linux_ep *k, struct cxlmb_endpoint *ep,
		     char *err, size_t errlen);
/* The same over an open descriptor and a given ioctl (tests); takes fd. */
int cxlmb_linux_attach(int fd, cxlmb_linux_ioctl_fn fn, uint32_t payload_max,
		       struct cxlmb_linux_ep *k, struct cxlmb_endpoint *ep, char *err, size_t errlen);
void cxlmb_linux_close(struct cxlmb_linux_ep *k);

/* The uapi command id for an opcode (0: none, the command goes as RAW). */
uint32_t cxlmb_linux_id_of(uint16_t opcode);
/* Whether the kernel listed the id in CXL_MEM_QUERY_COMMANDS. */
bool cxlmb_linux_lists(const struct cxlmb_linux_ep *k, uint32_t id);

#endif
