/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* Fixtures for the real-device backends: a temporary folder, a fake sysfs
 * PCI device modelled on QEMU 7.2's cxl-type3 (cxl-facts §10.1), and a
 * device behind shared memory.
 *
 * A plain file has no device behind it: a doorbell written to it is never
 * answered.  To run commands through the mmap backend end to end, a child
 * process maps the same file and plays the device: it watches the doorbell
 * with volatile reads, hands the command and payload to the simulator's
 * doorbell handler, writes the results back and clears the doorbell last,
 * as a device does.  The host side is the unmodified backend. */
#ifndef BACKEND_FIXTURE_H
#define BACKEND_FIXTURE_H

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "hostdev.h"
#include "sim.h"
#include "sim_dump.h"

static char fx_dir[256];

static inline void fx_mkdtemp(void)
{
	snprintf(fx_dir, sizeof(fx_dir), "/tmp/cxlmb-backend-XXXXXX");
	if (!mkdtemp(fx_dir))
		abort();
}

static inline void fx_rmtree(void)
{
	char cmd[300];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", fx_dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", fx_dir);
}

static inline void fx_put32(uint8_t *p, uint32_t v)
{
	for (int i = 0; i < 4; i++, v >>= 8)
		p[i] = (uint8_t)v;
}

static inline uint32_t fx_get32(const uint8_t *p)
{
	return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

static inline void fx_write_file(const char *path, const void *p, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f || fwrite(p, 1, n, f) != n)
		abort();
	fclose(f);
}

/* QEMU 7.2 cxl-type3 without sn= (cxl-facts §10.1): class/revision
 * 05021001h, memory space on, CXL Device DVSEC at 100h, Register Locator
 * at 138h (BIR 0 RBI 1; BIR 2 RBI 3; empty). */
static inline void fx_type3_config(uint8_t cfg[4096])
{
	memset(cfg, 0, 4096);
	fx_put32(cfg + 0x00, 0x0D938086);
	fx_put32(cfg + 0x04, 0x00100006); /* memory space + bus master; capabilities list */
	fx_put32(cfg + 0x08, 0x05021001);
	fx_put32(cfg + 0x100, 0x0023u | 1u << 16 | 0x138u << 20);
	fx_put32(cfg + 0x104, 0x1E98u | 1u << 16 | 0x38u << 20);
	fx_put32(cfg + 0x108, 0x0000);
	fx_put32(cfg + 0x138, 0x0023u | 1u << 16 | 0u << 20);
	fx_put32(cfg + 0x13C, 0x1E98u | 0u << 16 | 0x24u << 20);
	fx_put32(cfg + 0x140, 0x0008);
	fx_put32(cfg + 0x144, 0x00000100); /* BIR 0, RBI 1 (component registers) */
	fx_put32(cfg + 0x14C, 0x00000302); /* BIR 2, RBI 3 (memory device registers) */
}
#define FX_REGLOC_MEMDEV 0x14C

#define FX_BDF "0000:0d:00.0"
static char fx_devdir[512];

static inline void fx_path(char *out, size_t n, const char *leaf)
{
	snprintf(out, n, "%s/%s", fx_devdir, leaf);
}

/* root/bus/pci/devices/0000:0d:00.0/{config,resource0,resource2} with the
 * simulated block in resource2 (a 4 KiB BAR, as QEMU's). */
static inline void fx_sysfs(const struct cxlmb_sim *s, const uint8_t cfg[4096])
{
	char p[600];
	uint8_t zero[4096] = { 0 };
	snprintf(fx_devdir, sizeof(fx_devdir), "%s/bus/pci/devices/" FX_BDF, fx_dir);
	snprintf(p, sizeof(p), "mkdir -p '%s'", fx_devdir);
	if (system(p) != 0)
		abort();
	fx_path(p, sizeof(p), "config");
	fx_write_file(p, cfg, 4096);
	fx_path(p, sizeof(p), "resource0");
	fx_write_file(p, zero, sizeof(zero));
	fx_path(p, sizeof(p), "resource2");
	unlink(p);
	if (cxlmb_sim_dump(s, p, 0, 4096))
		abort();
	setenv(CXLMB_SYSFS_ROOT_ENV, fx_dir, 1);
}

/* ---- the device behind shared memory ---- */

static inline void fx_copy_in(volatile uint8_t *dst, const uint8_t *src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = src[i];
}

static inline void fx_copy_out(uint8_t *dst, const volatile uint8_t *src, size_t n)
{
	for (size_t i = 0; i < n; i++)
		dst[i] = src[i];
}

/* Fork the device: a simulator made with cfg serves the block at offset of
 * path until it is killed (or after 30 s).  Returns its pid. */
static inline pid_t fx_device_start(const char *path, uint64_t offset, const struct cxlmb_sim_config *cfg)
{
	pid_t pid = fork();
	if (pid != 0)
		return pid;

	struct cxlmb_sim s;
	struct stat st;
	int fd = open(path, O_RDWR);
	if (fd < 0 || fstat(fd, &st) || cxlmb_sim_init(&s, cfg))
		_exit(3);
	uint8_t *map = mmap(NULL, (size_t)st.st_size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
	if (map == MAP_FAILED)
		_exit(3);
	volatile uint8_t *blk = map + offset;
	const uint32_t ctrl = CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CTRL;
	const uint32_t cmd = CXLMB_SIM_MBOX_OFF + CXLMB_MBOX_CMD;
	time_t end = time(NULL) + 30;
	struct timespec nap = { 0, 20000 };

	while (time(NULL) < end) {
		uint8_t c[4];
		fx_copy_out(c, blk + ctrl, 4);
		if (!(fx_get32(c) & CXLMB_MBOX_CTRL_DOORBELL)) {
			nanosleep(&nap, NULL);
			continue;
		}
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		/* the command register and the payload area the host wrote */
		fx_copy_out(s.regs + cmd, blk + cmd, 8);
		fx_copy_out(s.regs + CXLMB_SIM_REGS_LEN, blk + CXLMB_SIM_REGS_LEN, s.payload_size);
		cxlmb_sim_ops.write32(&s, ctrl, CXLMB_MBOX_CTRL_DOORBELL);
		/* results first, then the doorbell clears */
		fx_copy_in(blk + CXLMB_MBOX_CTRL + CXLMB_SIM_MBOX_OFF + 4, s.regs + ctrl + 4,
			   s.regs_len - ctrl - 4);
		__atomic_thread_fence(__ATOMIC_SEQ_CST);
		fx_copy_in(blk + ctrl, s.regs + ctrl, 4);
	}
	_exit(0);
}

static inline void fx_device_stop(pid_t pid)
{
	int st;
	kill(pid, SIGKILL);
	waitpid(pid, &st, 0);
}

#endif
