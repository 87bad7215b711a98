"""Per-profile preferences (font size, language) and last use, for the picker's order.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.add_column(sa.Column("last_used_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("font_size", sa.Integer(), nullable=False, server_default="12"))
        batch.add_column(
            sa.Column("language", sa.String(length=8), nullable=False, server_default="id")
        )


def downgrade() -> None:
    with op.batch_alter_table("profile") as batch:
        batch.drop_column("language")
        batch.drop_column("font_size")
        batch.drop_column("last_used_at")
