/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* The Linux kernel transport: CXL_MEM_QUERY_COMMANDS once at open, then one
 * CXL_MEM_SEND_COMMAND per request message. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdarg.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "hostdev.h"
#include "linux_ep.h"
#include "linux_uapi.h"

static int fail(char *err, size_t n, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static int fail(char *err, size_t n, const char *fmt, ...)
{
	va_list ap;
	if (err && n) {
		va_start(ap, fmt);
		vsnprintf(err, n, fmt, ap);
		va_end(ap);
	}
	return CXLMB_HOST_REFUSED;
}

uint32_t cxlmb_linux_id_of(uint16_t opcode)
{
#define ID_OF(id, op, name) if (opcode == (op)) return (id);
	CXLMB_K_IDS(ID_OF)
#undef ID_OF
	return 0;
}

bool cxlmb_linux_lists(const struct cxlmb_linux_ep *k, uint32_t id)
{
	for (uint32_t i = 0; i < k->ncmds; i++)
		if (k->cmds[i].id == id)
			return true;
	return false;
}

static int k_send(struct cxlmb_endpoint *ep, const struct cxlmb_request *req,
		  struct cxlmb_response *rsp)
{
	struct cxlmb_linux_ep *k = ep->ctx;
	struct cxlmb_k_send_command sc;
	uint32_t id = cxlmb_linux_id_of(req->opcode);
	size_t room = rsp->cap < k->payload_max ? rsp->cap : k->payload_max;

	if (req->len > k->payload_max)
		return CXLMB_E_INPUT_TOO_LARGE;
	memset(&sc, 0, sizeof(sc));
	sc.id = id ? id : CXLMB_K_ID_RAW;
	if (!id)
		sc.raw_opcode = req->opcode;
	sc.in.size = (uint32_t)req->len;
	sc.in.payload = (uint64_t)(uintptr_t)req->payload;
	sc.out.size = (uint32_t)room;
	sc.out.payload = (uint64_t)(uintptr_t)rsp->buf;
	k->last_opcode = req->opcode;
	k->last_raw = !id;
	k->last_errno = 0;
	if (k->ioctl_fn(k->fd, CXLMB_K_SEND_COMMAND, &sc) != 0) {
		k->last_errno = errno ? errno : EIO;
		return CXLMB_E_KERNEL_REFUSED;
	}
	rsp->rc = (uint16_t)sc.retval;
	rsp->vendor_status = 0; /* the ioctl does not pass it up */
	rsp->bg_started = sc.retval == CXLMB_RC_BACKGROUND;
	/* On an error return code Linux 6.1 leaves out.size as the room it was
	 * given (it reads the device's output length only on success): there
	 * is no output to pass up then. */
	if (sc.retval != CXLMB_RC_SUCCESS && sc.retval != CXLMB_RC_BACKGROUND)
		sc.out.size = 0;
	rsp->reported_len = sc.out.size;
	rsp->len = sc.out.size < room ? sc.out.size : room;
	return CXLMB_E_OK;
}

static uint64_t k_now(struct cxlmb_endpoint *ep)
{
	struct timespec ts;
	(void)ep;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static void k_delay(struct cxlmb_endpoint *ep, uint64_t ns)
{
	struct timespec ts = { .tv_sec = (time_t)(ns / 1000000000ull),
			       .tv_nsec = (long)(ns % 1000000000ull) };
	(void)ep;
	while (nanosleep(&ts, &ts) != 0)
		;
}

static const struct cxlmb_endpoint_ops k_ops = {
	.send = k_send,
	.bg_status = NULL, /* 0002h as a message */
	.now_ns = k_now,
	.delay_ns = k_delay,
};

static int sys_ioctl(int fd, unsigned long req, void *arg)
{
	return ioctl(fd, req, arg);
}

int cxlmb_linux_attach(int fd, cxlmb_linux_ioctl_fn fn, uint32_t payload_max,
		       struct cxlmb_linux_ep *k, struct cxlmb_endpoint *ep, char *err, size_t n)
{
	/* struct cxlmb_k_query_commands and its entries, as 32-bit words */
	uint32_t q[2 + 4 * CXLMB_LINUX_MAX_CMDS];

	k->fd = fd;
	k->ioctl_fn = fn ? fn : sys_ioctl;
	k->payload_max = payload_max >= 256 ? payload_max : 256;
	memset(q, 0, sizeof(q));
	q[0] = CXLMB_LINUX_MAX_CMDS;
	if (k->ioctl_fn(fd, CXLMB_K_QUERY_COMMANDS, q) != 0) {
		int e = errno;
		cxlmb_linux_close(k);
		return fail(err, n, "%s: CXL_MEM_QUERY_COMMANDS refused by the kernel: %s (errno %d)",
			    k->path[0] ? k->path : "device", strerror(e), e);
	}
	k->ncmds = q[0] < CXLMB_LINUX_MAX_CMDS ? q[0] : CXLMB_LINUX_MAX_CMDS;
	for (uint32_t i = 0; i < k->ncmds; i++) {
		k->cmds[i].id = q[2 + 4 * i];
		k->cmds[i].flags = q[3 + 4 * i];
		k->cmds[i].size_in = q[4 + 4 * i];
		k->cmds[i].size_out = q[5 + 4 * i];
	}
	memset(ep, 0, sizeof(*ep));
	ep->ops = &k_ops;
	ep->ctx = k;
	ep->kind = CXLMB_EPK_KERNEL;
	ep->max_payload = k->payload_max;
	return CXLMB_HOST_OK;
}

/* /sys/bus/cxl/devices/memN/payload_max: the mailbox payload the kernel uses. */
static uint32_t read_payload_max(const char *name)
{
	const char *root = getenv(CXLMB_SYSFS_ROOT_ENV);
	char path[512];
	unsigned long v = 0;
	snprintf(path, sizeof(path), "%s/bus/cxl/devices/%s/payload_max", root && *root ? root : "/sys",
		 name);
	FILE *f = fopen(path, "r");
	if (!f)
		return 256; /* the least any device offers (CXL r3.2 §8.2.8.4.3) */
	if (fscanf(f, "%lu", &v) != 1 || v < 256 || v > (1ul << 20))
		v = 256;
	fclose(f);
	return (uint32_t)v;
}

int cxlmb_linux_open(const char *spec, struct cxlmb_linux_ep *k, struct cxlmb_endpoint *ep,
		     char *err, size_t n)
{
	struct stat st;
	const char *name;
	int fd;

	memset(k, 0, sizeof(*k));
	k->fd = -1;
	if (!spec || !*spec)
		return fail(err, n, "linux: needs a device (linux:memN or linux:/dev/cxl/memN)");
	if (spec[0] == '/')
		snprintf(k->path, sizeof(k->path), "%s", spec);
	else if (!strncmp(spec, "mem", 3) && spec[3] && strspn(spec + 3, "0123456789") == strlen(spec + 3))
		snprintf(k->path, sizeof(k->path), "/dev/cxl/%s", spec);
	else
		return fail(err, n, "bad device 'linux:%s' (expected linux:memN or linux:/dev/cxl/memN)", spec);
	name = strrchr(k->path, '/') + 1;
	if ((fd = open(k->path, O_RDWR | O_CLOEXEC)) < 0) {
		int e = errno;
		return fail(err, n, "cannot open %s: %s%s", k->path, strerror(e),
			    e == ENOENT ? " (is cxl_pci loaded and the device bound?)"
			    : e == EACCES || e == EPERM ? " (not root?)" : "");
	}
	if (fstat(fd, &st) || !S_ISCHR(st.st_mode)) {
		close(fd);
		return fail(err, n, "%s is not a character device", k->path);
	}
	return cxlmb_linux_attach(fd, NULL, read_payload_max(name), k, ep, err, n);
}

void cxlmb_linux_close(struct cxlmb_linux_ep *k)
{
	if (k->fd >= 0)
		close(k->fd);
	k->fd = -1;
}
