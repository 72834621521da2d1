from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password

from gongkai.orgs.models import UNIT_ROLES, Role

# Roles a unit administrator may grant in their own unit; supervisors and system administrators
# are appointed by a system administrator.
GRANTABLE_ROLES = [(r.value, r.label) for r in UNIT_ROLES]


class AddStaffForm(forms.Form):
    username = forms.RegexField(label="用户名", max_length=150, regex=r"^[A-Za-z0-9_.@+-]+$",
                                error_messages={"invalid": "用户名只能包含字母、数字和 _ . @ + -"})
    full_name = forms.CharField(label="姓名", max_length=60)
    email = forms.EmailField(label="电子邮箱", required=False, help_text="用于接收办理期限提醒")
    role = forms.ChoiceField(label="角色", choices=GRANTABLE_ROLES)
    password = forms.CharField(label="初始密码", widget=forms.PasswordInput, required=False,
                               help_text="新用户必填；已有用户留空")

    def __init__(self, *args, all_roles: bool = False, **kwargs):
        """``all_roles``: a system administrator also appoints 监督员 and 系统管理员."""
        super().__init__(*args, **kwargs)
        if all_roles:
            self.fields["role"].choices = Role.choices

    def clean(self):
        data = super().clean()
        exists = get_user_model().objects.filter(username=data.get("username")).exists()
        if not exists and not data.get("password"):
            self.add_error("password", "新用户须设置初始密码")
        if not exists and data.get("password"):
            user = get_user_model()(username=data.get("username"), first_name=data.get("full_name", ""))
            try:
                validate_password(data["password"], user)
            except forms.ValidationError as error:
                self.add_error("password", error)
        data["is_new"] = not exists
        return data
