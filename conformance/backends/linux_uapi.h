/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The Linux CXL memory device ioctl interface, as this project uses it.
 *
 * From the kernel's include/uapi/linux/cxl_mem.h as of Linux 6.1 (Debian
 * 12's linux-libc-dev and kernel): the two ioctls on /dev/cxl/memN, the
 * command ids (the order of the uapi CXL_CMDS list) and the two structures.
 * Defined here under our own names so the build does not depend on the build
 * machine's headers; the layouts are the kernel ABI and must not change. */
#ifndef CXLMB_LINUX_UAPI_H
#define CXLMB_LINUX_UAPI_H

#include <stdint.h>
#include <sys/ioctl.h>

struct cxlmb_k_command_info {
	uint32_t id;
	uint32_t flags;    /* bit 0: enabled (6.1 reports 0 for all) */
	uint32_t size_in;  /* fixed input size, or ~0 for variable */
	uint32_t size_out; /* fixed output size, or ~0 for variable */
};

struct cxlmb_k_query_commands {
	uint32_t n_commands; /* in: room in commands[] (0: only count); out: how many */
	uint32_t rsvd;
	struct cxlmb_k_command_info commands[];
};

struct cxlmb_k_send_command {
	uint32_t id;
	uint32_t flags;
	uint16_t raw_opcode; /* id RAW only */
	uint16_t raw_rsvd;
	uint32_t retval;     /* out: the device's return code */
	struct {
		uint32_t size;
		uint32_t rsvd;
		uint64_t payload; /* user pointer */
	} in, out;           /* out.size: in room, out bytes written */
};

#define CXLMB_K_QUERY_COMMANDS _IOR(0xCE, 1, struct cxlmb_k_query_commands)
#define CXLMB_K_SEND_COMMAND _IOWR(0xCE, 2, struct cxlmb_k_send_command)

#define CXLMB_K_VARIABLE 0xFFFFFFFFu

/* Command ids (uapi enum, Linux 6.1) with the opcode each stands for
 * (CXL r3.2 §8.2.10 opcode tables).  0 and RAW have no opcode. */
#define CXLMB_K_ID_INVALID 0u
#define CXLMB_K_ID_RAW 2u
#define CXLMB_K_IDS(X)                                                  \
	X(1, 0x4000, "Identify Memory Device")                           \
	X(3, 0x0400, "Get Supported Logs")                               \
	X(4, 0x0200, "Get FW Info")                                      \
	X(5, 0x4100, "Get Partition Info")                               \
	X(6, 0x4102, "Get LSA")                                          \
	X(7, 0x4200, "Get Health Info")                                  \
	X(8, 0x0401, "Get Log")                                          \
	X(9, 0x4101, "Set Partition Info")                               \
	X(10, 0x4103, "Set LSA")                                         \
	X(11, 0x4201, "Get Alert Configuration")                         \
	X(12, 0x4202, "Set Alert Configuration")                         \
	X(13, 0x4203, "Get Shutdown State")                              \
	X(14, 0x4204, "Set Shutdown State")                              \
	X(15, 0x4300, "Get Poison List")                                 \
	X(16, 0x4301, "Inject Poison")                                   \
	X(17, 0x4302, "Clear Poison")                                    \
	X(18, 0x4303, "Get Scan Media Capabilities")                     \
	X(19, 0x4304, "Scan Media")                                      \
	X(20, 0x4305, "Get Scan Media Results")

#endif
