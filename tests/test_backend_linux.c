/* SPDX-License-Identifier: BSD-2-Clause OR GPL-2.0-or-later */
/* linux: the kernel transport against a fake kernel (an injected ioctl):
 * command ids vs RAW, the device's return code passed up, a kernel refusal
 * reported as KERNEL_REFUSED with its errno, and the uapi layout. */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>

#include "hostdev.h"
#include "linux_ep.h"
#include "linux_uapi.h"

#if defined(__has_include)
#if __has_include(<linux/cxl_mem.h>)
#include <linux/cxl_mem.h>
/* our copy of the ABI is the kernel's */
_Static_assert(CXLMB_K_QUERY_COMMANDS == CXL_MEM_QUERY_COMMANDS, "query ioctl number");
_Static_assert(CXLMB_K_SEND_COMMAND == CXL_MEM_SEND_COMMAND, "send ioctl number");
_Static_assert(sizeof(struct cxlmb_k_send_command) == sizeof(struct cxl_send_command), "send size");
_Static_assert(offsetof(struct cxlmb_k_send_command, retval) == offsetof(struct cxl_send_command, retval), "retval");
_Static_assert(offsetof(struct cxlmb_k_send_command, out) == offsetof(struct cxl_send_command, out), "out");
_Static_assert(sizeof(struct cxlmb_k_command_info) == sizeof(struct cxl_command_info), "info size");
_Static_assert(CXLMB_K_ID_RAW == CXL_MEM_COMMAND_ID_RAW, "raw id");
#define HAVE_SYS_UAPI 1
#endif
#endif
_Static_assert(sizeof(struct cxlmb_k_send_command) == 48, "uapi send command is 48 bytes");

/* ---- the fake kernel ---- */
static struct {
	int queries, sends;
	struct cxlmb_k_send_command last;
	uint8_t last_in[256];
	int fail_query;
} kern;

static int fake_ioctl(int fd, unsigned long req, void *arg)
{
	(void)fd;
	if (req == CXLMB_K_QUERY_COMMANDS) {
		uint32_t *q = arg;
		static const uint32_t ids[] = { 1, 3, 8, 10 };
		kern.queries++;
		if (kern.fail_query) {
			errno = ENOTTY;
			return -1;
		}
		uint32_t room = q[0];
		q[0] = 4;
		for (uint32_t i = 0; i < 4 && i < room; i++) {
			q[2 + 4 * i] = ids[i];
			q[3 + 4 * i] = 0;
			q[4 + 4 * i] = ids[i] == 10 ? CXLMB_K_VARIABLE : 0;
			q[5 + 4 * i] = ids[i] == 1 ? 0x43 : CXLMB_K_VARIABLE;
		}
		return 0;
	}
	if (req != CXLMB_K_SEND_COMMAND) {
		errno = ENOTTY;
		return -1;
	}
	struct cxlmb_k_send_command *sc = arg;
	kern.sends++;
	kern.last = *sc;
	if (sc->in.size && sc->in.size <= sizeof(kern.last_in))
		memcpy(kern.last_in, (const void *)(uintptr_t)sc->in.payload, sc->in.size);
	switch (sc->id) {
	case 1: { /* Identify: 43h bytes, capacity 1 (256 MiB) */
		uint8_t *o = (uint8_t *)(uintptr_t)sc->out.payload;
		if (sc->out.size < 0x43) {
			errno = EINVAL;
			return -1;
		}
		memset(o, 0, 0x43);
		memcpy(o, "FAKE FW", 7);
		o[0x10] = 1;
		o[0x28] = 1; /* persistent only */
		sc->out.size = 0x43;
		sc->retval = 0;
		return 0;
	}
	case 10: /* Set LSA: the device says the offset is bad (the kernel leaves out.size alone) */
		sc->retval = CXLMB_RC_INVALID_INPUT;
		return 0;
	case CXLMB_K_ID_RAW: /* a kernel without raw commands */
		errno = EPERM;
		return -1;
	default:
		errno = EINVAL;
		return -1;
	}
}

static struct cxlmb_linux_ep k;
static struct cxlmb_endpoint ep;
static char err[512];

static int setup(void **state)
{
	(void)state;
	memset(&kern, 0, sizeof(kern));
	int fd = open("/dev/null", O_RDWR);
	memset(&k, 0, sizeof(k));
	return cxlmb_linux_attach(fd, fake_ioctl, 2048, &k, &ep, err, sizeof(err));
}

static int teardown(void **state)
{
	(void)state;
	cxlmb_linux_close(&k);
	return 0;
}

static void test_ids_match_the_uapi(void **state)
{
	(void)state;
	assert_int_equal(cxlmb_linux_id_of(0x4000), 1);
	assert_int_equal(cxlmb_linux_id_of(0x0400), 3);
	assert_int_equal(cxlmb_linux_id_of(0x4305), 20);
	assert_int_equal(cxlmb_linux_id_of(0x0001), 0);
	assert_int_equal(cxlmb_linux_id_of(0x4400), 0); /* Sanitize: no id in 6.1 */
#ifdef HAVE_SYS_UAPI
	assert_int_equal(cxlmb_linux_id_of(0x4000), CXL_MEM_COMMAND_ID_IDENTIFY);
	assert_int_equal(cxlmb_linux_id_of(0x0401), CXL_MEM_COMMAND_ID_GET_LOG);
	assert_int_equal(cxlmb_linux_id_of(0x4103), CXL_MEM_COMMAND_ID_SET_LSA);
	assert_int_equal(cxlmb_linux_id_of(0x4204), CXL_MEM_COMMAND_ID_SET_SHUTDOWN_STATE);
	assert_int_equal(cxlmb_linux_id_of(0x4305), CXL_MEM_COMMAND_ID_GET_SCAN_MEDIA);
#endif
}

static void test_query_at_open(void **state)
{
	(void)state;
	assert_int_equal(kern.queries, 1);
	assert_int_equal(k.ncmds, 4);
	assert_true(cxlmb_linux_lists(&k, 1));
	assert_true(cxlmb_linux_lists(&k, 10));
	assert_false(cxlmb_linux_lists(&k, 2));
	assert_int_equal(k.cmds[0].size_out, 0x43);
	assert_int_equal(ep.kind, CXLMB_EPK_KERNEL);
	assert_int_equal(ep.max_payload, 2048);
	assert_null(cxlmb_ep_mbox(&ep));
}

static void test_identify_by_id(void **state)
{
	(void)state;
	uint8_t out[256];
	struct cxlmb_request rq = { .opcode = 0x4000 };
	struct cxlmb_response rs = { .buf = out, .cap = sizeof(out) };
	struct cxlmb_identify_memdev_rsp id;

	assert_int_equal(cxlmb_ep_send(&ep, &rq, &rs, NULL), CXLMB_E_OK);
	assert_int_equal(kern.last.id, 1);
	assert_int_equal(kern.last.in.size, 0);
	assert_int_equal(kern.last.out.size, sizeof(out)); /* the room offered */
	assert_int_equal(rs.rc, CXLMB_RC_SUCCESS);
	assert_int_equal(rs.len, 0x43);
	assert_int_equal(rs.reported_len, 0x43);
	assert_false(k.last_raw);
	assert_int_equal(cxlmb_identify_memdev_rsp_decode(out, rs.len, CXLMB_STRICT, &id), 0);
	assert_true(id.total_capacity == 1);
	assert_memory_equal(id.fw_revision, "FAKE FW", 7);
	assert_int_equal(ep.sent, 1);
}

static void test_device_return_code_is_a_device_answer(void **state)
{
	(void)state;
	uint8_t in[8 + 4] = { 0xFF, 0xFF, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4 }, out[64];
	struct cxlmb_request rq = { .opcode = 0x4103, .payload = in, .len = sizeof(in) };
	struct cxlmb_response rs = { .buf = out, .cap = sizeof(out) };

	assert_int_equal(cxlmb_ep_send(&ep, &rq, &rs, NULL), CXLMB_E_OK);
	assert_int_equal(kern.last.id, 10);
	assert_int_equal(kern.last.in.size, sizeof(in));
	assert_memory_equal(kern.last_in, in, sizeof(in));
	assert_int_equal(rs.rc, CXLMB_RC_INVALID_INPUT);
	assert_int_equal(cxlmb_response_err(&rs), CXLMB_E_DEVICE_RC);
	/* out.size still holds the room offered: no output is passed up */
	assert_int_equal(kern.last.out.size, sizeof(out));
	assert_int_equal(rs.len, 0);
	assert_int_equal(rs.reported_len, 0);
	assert_int_equal(k.last_errno, 0);
}

static void test_kernel_refusal_is_not_a_device_answer(void **state)
{
	(void)state;
	uint8_t out[64];
	struct cxlmb_request rq = { .opcode = 0x0001 };
	struct cxlmb_response rs = { .buf = out, .cap = sizeof(out), .rc = 0xBEEF };

	/* no uapi id: RAW, which this kernel refuses */
	assert_int_equal(cxlmb_ep_send(&ep, &rq, &rs, NULL), CXLMB_E_KERNEL_REFUSED);
	assert_int_equal(kern.last.id, CXLMB_K_ID_RAW);
	assert_int_equal(kern.last.raw_opcode, 0x0001);
	assert_true(k.last_raw);
	assert_int_equal(k.last_errno, EPERM);
	assert_int_equal(rs.len, 0); /* no answer was made up */
	assert_string_equal(cxlmb_strerror(CXLMB_E_KERNEL_REFUSED), "KERNEL_REFUSED");
	/* and an input the endpoint cannot carry never reaches the kernel */
	static uint8_t big[4096];
	struct cxlmb_request rq2 = { .opcode = 0x4103, .payload = big, .len = sizeof(big) };
	int sends = kern.sends;
	assert_int_equal(cxlmb_ep_send(&ep, &rq2, &rs, NULL), CXLMB_E_INPUT_TOO_LARGE);
	assert_int_equal(kern.sends, sends);
}

static void test_open_refusals(void **state)
{
	(void)state;
	struct cxlmb_linux_ep k2;
	struct cxlmb_endpoint e2;
	char p[64];

	assert_int_equal(cxlmb_linux_open("", &k2, &e2, err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "needs a device"));
	assert_int_equal(cxlmb_linux_open("nvme0", &k2, &e2, err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "bad device 'linux:nvme0'"));
	assert_int_equal(cxlmb_linux_open("mem", &k2, &e2, err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_int_equal(cxlmb_linux_open("mem4711", &k2, &e2, err, sizeof(err)), CXLMB_HOST_REFUSED);
	if (access("/dev/cxl/mem4711", F_OK) != 0)
		assert_non_null(strstr(err, "cannot open /dev/cxl/mem4711"));
	snprintf(p, sizeof(p), "/tmp/cxlmb-notdev-%d", (int)getpid());
	FILE *f = fopen(p, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(cxlmb_linux_open(p, &k2, &e2, err, sizeof(err)), CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "not a character device"));
	unlink(p);
	/* a node whose driver does not answer the query */
	kern.fail_query = 1;
	int fd = open("/dev/null", O_RDWR);
	assert_int_equal(cxlmb_linux_attach(fd, fake_ioctl, 0, &k2, &e2, err, sizeof(err)),
			 CXLMB_HOST_REFUSED);
	assert_non_null(strstr(err, "CXL_MEM_QUERY_COMMANDS refused by the kernel"));
	assert_int_equal(k2.fd, -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_match_the_uapi),
		cmocka_unit_test_setup_teardown(test_query_at_open, setup, teardown),
		cmocka_unit_test_setup_teardown(test_identify_by_id, setup, teardown),
		cmocka_unit_test_setup_teardown(test_device_return_code_is_a_device_answer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_kernel_refusal_is_not_a_device_answer, setup, teardown),
		cmocka_unit_test_setup_teardown(test_open_refusals, setup, teardown),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
