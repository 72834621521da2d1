"""``gongkai foi remind`` (cron, daily), ``gongkai foi new-key`` and ``gongkai foi rotate-keys``."""

from datetime import date


def register(subparsers) -> None:
    foi = subparsers.add_parser("foi", help="依申请公开：到期提醒、加密密钥")
    actions = foi.add_subparsers(dest="foi_command", required=True, metavar="ACTION")

    remind = actions.add_parser("remind", help="发送答复期限提醒（可每日多次运行，不会重复发送）")
    remind.add_argument("--date", type=date.fromisoformat, help="按指定日期计算，默认今天（YYYY-MM-DD）")
    remind.add_argument("--enqueue", action="store_true", help="交给后台任务进程执行，而不是立即执行")
    remind.set_defaults(func=run_remind)

    new_key = actions.add_parser("new-key", help="生成一个新的字段加密密钥（写入 GONGKAI_FIELD_KEYS 的最前面）")
    new_key.set_defaults(func=run_new_key)

    rotate = actions.add_parser("rotate-keys", help="用最新密钥重新加密全部身份证明号码和联系电话")
    rotate.set_defaults(func=run_rotate)


def run_remind(args) -> int:
    if args.enqueue:
        from gongkai.foi.tasks import send_due_reminders

        send_due_reminders.enqueue(args.date.isoformat() if args.date else None)
        print("已提交后台任务：答复期限提醒。")
        return 0
    from gongkai.foi import reminders

    result = reminders.sweep(args.date)
    print(f"检查在办申请{result.checked}件，发送提醒{len(result.sent)}封。")
    return 0


def run_new_key(args) -> int:
    from gongkai.foi import privacy

    print(privacy.new_key())
    return 0


def run_rotate(args) -> int:
    from gongkai.foi import services

    count = services.rotate_keys()
    print(f"已用最新密钥重新加密{count}件申请的身份证明号码和联系电话。确认无误后可从 GONGKAI_FIELD_KEYS 中删除旧密钥。")
    return 0
