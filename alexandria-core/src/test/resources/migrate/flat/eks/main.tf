resource "aws_eks_cluster" "this" {
  name     = "cluster"
  role_arn = aws_iam_role.cluster.arn
}

resource "aws_iam_role" "cluster" {
  name               = "cluster"
  assume_role_policy = "{}"
}

resource "aws_iam_role" "nodes" {
  name               = "nodes"
  assume_role_policy = "{}"
}

resource "aws_iam_role_policy_attachment" "a" {
  role       = aws_iam_role.nodes.name
  policy_arn = "x"
}

resource "aws_iam_role_policy_attachment" "b" {
  role       = aws_iam_role.nodes.name
  policy_arn = "y"
}

resource "aws_cloudwatch_log_group" "this" {
  name = "/aws/eks/cluster"
}
